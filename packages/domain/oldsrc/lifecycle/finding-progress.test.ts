import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingStatus, type Role } from '../model/index.js';
import {
  FINDING_TRANSITIONS,
  allowedFindingTransitions,
  checkFindingTransition,
  isOpenFindingStatus,
  type FindingTransitionInput,
} from './finding-progress.js';

const STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'closed',
  'superseded',
  'no_longer_applicable',
] as const;
const ROLES: readonly Role[] = ['viewer', 'editor', 'approver', 'admin'];
const rank = (role: Role) => ROLES.indexOf(role);

// Written out by hand from the lifecycles (packages/domain/docs/lifecycles.md), not derived from
// the table under test.
const EXPECTED: Record<string, { role: Role; event: string }> = {
  'not_started>in_progress': { role: 'editor', event: 'started' },
  'in_progress>completed': { role: 'editor', event: 'completed' },
  'completed>closed': { role: 'approver', event: 'closed' },
  'completed>in_progress': { role: 'approver', event: 'not_assured' },
  'closed>in_progress': { role: 'approver', event: 'reopened' },
  'not_started>superseded': { role: 'approver', event: 'superseded' },
  'in_progress>superseded': { role: 'approver', event: 'superseded' },
  'completed>superseded': { role: 'approver', event: 'superseded' },
  'not_started>no_longer_applicable': { role: 'approver', event: 'no_longer_applicable' },
  'in_progress>no_longer_applicable': { role: 'approver', event: 'no_longer_applicable' },
  'completed>no_longer_applicable': { role: 'approver', event: 'no_longer_applicable' },
};

/** Every guard satisfied, so only the table and the role decide. */
const fullInput = (
  from: FindingStatus,
  to: FindingStatus,
  actorRole: Role,
): FindingTransitionInput => ({
  from,
  to,
  actorRole,
  reason: 'HMICFRS revisited this in the 2021 inspection',
  finalUpdate: '<p>The new triage process went live in March.</p>',
  supersededBy: 'PEEL 2021/22 AFI 4',
  closure: { basis: 'assured' },
});

const cases = STATUSES.flatMap((from) =>
  STATUSES.flatMap((to) => ROLES.map((role) => ({ from, to, role }))),
);

describe('finding progress: every (from, to, role)', () => {
  it('covers the whole model', () => {
    expect([...STATUSES].sort()).toEqual([...FindingStatus.options].sort());
    expect(cases).toHaveLength(6 * 6 * 4);
  });

  it.each(cases)('$from -> $to by $role', ({ from, to, role }) => {
    const result = checkFindingTransition(fullInput(from, to, role));
    const expected = EXPECTED[`${from}>${to}`];
    if (expected === undefined) {
      expect(result).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } });
    } else if (rank(role) < rank(expected.role)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'ROLE_TOO_LOW' } });
    } else {
      expect(result).toEqual({ ok: true, value: { from, to, event: expected.event } });
    }
  });

  it.each(STATUSES.flatMap((from) => ROLES.map((role) => ({ from, role }))))(
    'offers from $from to $role exactly the moves it may make',
    ({ from, role }) => {
      const offered = allowedFindingTransitions(from, role)
        .map((t) => t.to)
        .sort();
      const expected = STATUSES.filter((to) => {
        const move = EXPECTED[`${from}>${to}`];
        return move !== undefined && rank(role) >= rank(move.role);
      });
      expect(offered).toEqual([...expected].sort());
    },
  );

  it('has one row per move and no same-state rows', () => {
    const keys = FINDING_TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(FINDING_TRANSITIONS.filter((t) => t.from === t.to)).toEqual([]);
  });
});

describe('finding progress: order of refusals and messages', () => {
  it('refuses a move the lifecycle lacks before looking at the role', () => {
    const result = checkFindingTransition({
      from: 'not_started',
      to: 'completed',
      actorRole: 'viewer',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: 'A finding cannot move from not started to completed',
      },
    });
  });

  it('says a same-state move changes nothing', () => {
    const result = checkFindingTransition({ from: 'closed', to: 'closed', actorRole: 'admin' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', message: 'The finding is already closed' },
    });
  });

  it('refuses on role before asking for the closure basis', () => {
    const result = checkFindingTransition({ from: 'completed', to: 'closed', actorRole: 'editor' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'ROLE_TOO_LOW', message: 'Only an approver can close a finding' },
    });
  });

  it('tells a viewer that starting work needs an editor', () => {
    const result = checkFindingTransition({
      from: 'not_started',
      to: 'in_progress',
      actorRole: 'viewer',
    });
    expect(result).toMatchObject({
      error: { code: 'ROLE_TOO_LOW', message: 'Only an editor can start work on a finding' },
    });
  });
});

describe('finding progress: guards', () => {
  const reasonMoves = [
    { from: 'completed', to: 'in_progress' },
    { from: 'closed', to: 'in_progress' },
    { from: 'not_started', to: 'no_longer_applicable' },
    { from: 'in_progress', to: 'no_longer_applicable' },
    { from: 'completed', to: 'no_longer_applicable' },
  ] as const;

  it.each(reasonMoves)('$from -> $to needs a reason that is not blank', ({ from, to }) => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(undefined, null), fc.stringMatching(/^[ \t\r\n\u00a0]*$/)),
        (reason) => {
          const result = checkFindingTransition({ from, to, actorRole: 'approver', reason });
          expect(result).toMatchObject({
            ok: false,
            error: { code: 'REASON_REQUIRED', field: 'reason' },
          });
        },
      ),
    );
    expect(
      checkFindingTransition({ from, to, actorRole: 'approver', reason: 'Not assured' }).ok,
    ).toBe(true);
  });

  it('names the move in a missing-reason message', () => {
    const result = checkFindingTransition({
      from: 'closed',
      to: 'in_progress',
      actorRole: 'approver',
    });
    expect(result).toMatchObject({
      error: { message: 'Give a reason to reopen a closed finding' },
    });
  });

  it('needs a final update with visible text to mark a finding completed', () => {
    for (const finalUpdate of [
      undefined,
      null,
      '',
      '   ',
      '<p></p>',
      '<p>&nbsp;</p>',
      '<p><br></p>',
    ]) {
      const result = checkFindingTransition({
        from: 'in_progress',
        to: 'completed',
        actorRole: 'editor',
        finalUpdate,
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'FINAL_UPDATE_REQUIRED', field: 'finalUpdate' },
      });
    }
    const done = checkFindingTransition({
      from: 'in_progress',
      to: 'completed',
      actorRole: 'editor',
      finalUpdate: 'All staff trained by June.',
    });
    expect(done).toEqual({
      ok: true,
      value: { from: 'in_progress', to: 'completed', event: 'completed' },
    });
  });

  it.each(['not_started', 'in_progress', 'completed'] as const)(
    'needs the superseding finding to supersede from %s',
    (from) => {
      for (const supersededBy of [undefined, null, '', '  ']) {
        const result = checkFindingTransition({
          from,
          to: 'superseded',
          actorRole: 'approver',
          supersededBy,
        });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'SUPERSEDED_BY_REQUIRED', field: 'supersededBy' },
        });
      }
      const result = checkFindingTransition({
        from,
        to: 'superseded',
        actorRole: 'admin',
        supersededBy: 'R12',
      });
      expect(result).toMatchObject({ ok: true, value: { event: 'superseded' } });
    },
  );

  it('needs a closure basis to close, and accepts either basis', () => {
    const base = { from: 'completed', to: 'closed', actorRole: 'approver' } as const;
    expect(checkFindingTransition(base)).toMatchObject({
      ok: false,
      error: { code: 'CLOSURE_BASIS_REQUIRED', field: 'closure.basis' },
    });
    const bogus = { basis: 'because' } as unknown as FindingTransitionInput['closure'];
    expect(checkFindingTransition({ ...base, closure: bogus })).toMatchObject({
      error: { code: 'CLOSURE_BASIS_REQUIRED' },
    });
    expect(checkFindingTransition({ ...base, closure: { basis: 'assured' } }).ok).toBe(true);
    expect(checkFindingTransition({ ...base, closure: { basis: 'hmicfrs' } }).ok).toBe(true);
  });

  it('ignores inputs the move does not need', () => {
    const result = checkFindingTransition({
      from: 'not_started',
      to: 'in_progress',
      actorRole: 'editor',
    });
    expect(result).toEqual({
      ok: true,
      value: { from: 'not_started', to: 'in_progress', event: 'started' },
    });
  });
});

describe('finding progress: open statuses', () => {
  it.each([
    ['not_started', true],
    ['in_progress', true],
    ['completed', true],
    ['closed', false],
    ['superseded', false],
    ['no_longer_applicable', false],
  ] as const)('%s is open: %s', (status, open) => {
    expect(isOpenFindingStatus(status)).toBe(open);
  });

  it('lets nobody move a superseded or no-longer-applicable finding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('superseded', 'no_longer_applicable' as const),
        fc.constantFrom(...STATUSES),
        fc.constantFrom(...ROLES),
        (from, to, role) => {
          expect(allowedFindingTransitions(from, role)).toEqual([]);
          expect(checkFindingTransition(fullInput(from, to, role))).toMatchObject({
            error: { code: 'TRANSITION_NOT_ALLOWED' },
          });
        },
      ),
    );
  });
});
