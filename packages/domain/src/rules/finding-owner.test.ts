import { describe, expect, it } from 'vitest';
import { ownerRefusal } from './finding-owner.js';

describe("a finding's owner", () => {
  it('is an active editor, approver or admin of the organisation', () => {
    for (const role of ['editor', 'approver', 'admin'] as const)
      expect(ownerRefusal({ role, active: true })).toBeNull();
  });

  it('is refused when not a member, disabled, or only a viewer', () => {
    expect(ownerRefusal(null)?.code).toBe('OWNER_NOT_MEMBER');
    expect(ownerRefusal({ role: 'admin', active: false })?.code).toBe('OWNER_NOT_MEMBER');
    expect(ownerRefusal({ role: 'viewer', active: true })?.message).toMatch(/editor role/);
  });
});
