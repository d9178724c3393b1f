import { describe, expect, it } from 'vitest';
import { Role } from '../model/index.js';
import { MEMBER_AUDIT_ACTION, memberChange } from './member-change.js';

describe('memberChange', () => {
  it('adds someone who holds no role there', () => {
    for (const role of Role.options) expect(memberChange(null, role)).toBe('added');
  });

  it('changes a role to another, and leaves the same role alone', () => {
    for (const from of Role.options)
      for (const to of Role.options)
        expect(memberChange(from, to)).toBe(from === to ? 'unchanged' : 'role_changed');
  });

  it('names an audit action for every change that writes', () => {
    expect(MEMBER_AUDIT_ACTION.added).toBe('member.added');
    expect(MEMBER_AUDIT_ACTION.role_changed).toBe('member.role_changed');
  });
});
