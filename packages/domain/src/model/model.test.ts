import { describe, expect, it } from 'vitest';
import { roleAtLeast } from './user.js';
import { Slug } from './common.js';

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
