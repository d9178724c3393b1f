import { describe, expect, it } from 'vitest';
import { requireRole, type Actor } from './context.js';

const ORG = '00000000-0000-4000-8000-000000000001';
const editor: Actor = {
  id: '00000000-0000-4000-8000-000000000002',
  displayName: 'Eddie',
  memberships: [{ organisationId: ORG, role: 'editor' }],
  operator: false,
};

describe('requireRole', () => {
  it('says which role is needed and which one the user holds, in plain words', () => {
    expect(() => requireRole(editor, ORG, 'approver')).toThrow(
      'This needs the approver role; your role here is editor',
    );
  });

  it('tells a non-member only that they are not a member', () => {
    expect(() => requireRole(editor, '00000000-0000-4000-8000-000000000003', 'viewer')).toThrow(
      'You are not a member of this organisation',
    );
  });

  it('returns the role held when it is enough', () => {
    expect(requireRole(editor, ORG, 'viewer')).toBe('editor');
  });
});
