import { describe, expect, it } from 'vitest';
import { checkTransition, reasonMissing, rowsFor, type GuardCheck } from './transition-table.js';

// A toy lifecycle, to pin down the order every real one relies on.
type Light = 'off' | 'on';
type Guard = 'reason' | 'switch';
const row = rowsFor<Light, 'switched_on', Guard>({ switched_on: 'switch a light on' });
const TABLE = [row('off', 'on', 'switched_on', 'editor', ['switch', 'reason'])];
const SUBJECT = { noun: 'light', label: { off: 'off', on: 'on' } };

interface Input {
  from: Light;
  to: Light;
  actorRole: 'viewer' | 'editor' | 'approver' | 'admin';
  reason?: string;
  switch?: boolean;
}
const checked: Guard[] = [];
const guard: GuardCheck<Light, 'switched_on', Guard, Input> = (g, input, t) => {
  checked.push(g);
  if (g === 'reason') return reasonMissing(input.reason, t.action);
  return input.switch ? null : { code: 'REASON_REQUIRED', message: 'Flip the switch' };
};
const check = (input: Input) => checkTransition(TABLE, SUBJECT, guard, input);

describe('checkTransition', () => {
  it('refuses a move the table lacks before looking at the role', () => {
    expect(check({ from: 'on', to: 'off', actorRole: 'viewer' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', message: 'A light cannot move from on to off' },
    });
    expect(check({ from: 'on', to: 'on', actorRole: 'admin' })).toMatchObject({
      error: { message: 'The light is already on' },
    });
  });

  it('refuses a role below the row before asking for any input', () => {
    checked.length = 0;
    expect(check({ from: 'off', to: 'on', actorRole: 'viewer' })).toMatchObject({
      error: { code: 'ROLE_TOO_LOW', message: 'Only an editor can switch a light on' },
    });
    expect(checked).toEqual([]);
  });

  it('runs the guards in the row order and stops at the first refusal', () => {
    checked.length = 0;
    expect(check({ from: 'off', to: 'on', actorRole: 'approver', reason: ' ' })).toMatchObject({
      error: { message: 'Flip the switch' },
    });
    expect(checked).toEqual(['switch']);
    expect(
      check({ from: 'off', to: 'on', actorRole: 'approver', switch: true, reason: ' ' }),
    ).toMatchObject({
      error: { code: 'REASON_REQUIRED', message: 'Give a reason to switch a light on' },
    });
  });

  it('returns the move and its event when everything holds', () => {
    expect(
      check({ from: 'off', to: 'on', actorRole: 'editor', switch: true, reason: 'Dark' }),
    ).toEqual({ ok: true, value: { from: 'off', to: 'on', event: 'switched_on' } });
  });
});
