import { describe, expect, it } from 'vitest';
import { roleAtLeast } from './role-rank.js';
import { Slug } from './common.js';
import {
  INSPECTORATE_STATUS_SUGGESTIONS,
  InspectorateStatus,
  MAX_SUB_ITEMS,
  SubItem,
} from './finding.js';

describe('roles', () => {
  it('an approver may do what an editor may, but not what an admin may', () => {
    expect(roleAtLeast('approver', 'editor')).toBe(true);
    expect(roleAtLeast('approver', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'editor')).toBe(false);
  });
});

describe('slugs', () => {
  it('accepts permalink-safe words and refuses anything else', () => {
    expect(Slug.safeParse('staffordshire').success).toBe(true);
    expect(Slug.safeParse('devon-and-cornwall').success).toBe(true);
    expect(Slug.safeParse('Devon and Cornwall').success).toBe(false);
    expect(Slug.safeParse('a--b').success).toBe(false);
  });
});

describe("HMICFRS's own status", () => {
  it('is an open list, trimmed, never blank, with a date and an optional web link', () => {
    const given = { on: '2026-11-20', source: null };
    for (const status of [...INSPECTORATE_STATUS_SUGGESTIONS, 'Superseded by the 2021 inspection'])
      expect(InspectorateStatus.parse({ ...given, status })).toEqual({ ...given, status });
    expect(InspectorateStatus.parse({ ...given, status: ' Complete ' }).status).toBe('Complete');
    expect(InspectorateStatus.safeParse({ ...given, status: '   ' }).success).toBe(false);
    expect(InspectorateStatus.safeParse({ ...given, status: 'x'.repeat(101) }).success).toBe(false);
    expect(InspectorateStatus.safeParse({ ...given, on: '20/11/2026' }).success).toBe(false);
    const link = { ...given, status: 'Complete', source: 'javascript:alert(1)' };
    expect(InspectorateStatus.safeParse(link).success).toBe(false);
  });
});

describe("a finding's parts", () => {
  const part = (children: SubItem[] = []): SubItem => ({ text: '<p>A part</p>', children });
  it('nest, with any list up to the bound', () => {
    const many = Array.from({ length: MAX_SUB_ITEMS }, () => part());
    expect(SubItem.safeParse(part([part(many)])).success).toBe(true);
  });

  it('refuse a list of parts longer than the bound, at any depth', () => {
    const tooMany = Array.from({ length: MAX_SUB_ITEMS + 1 }, () => part());
    const result = SubItem.safeParse(part([part(tooMany)]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'children']);
  });
});
