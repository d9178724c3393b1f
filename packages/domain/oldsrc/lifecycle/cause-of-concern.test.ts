import { describe, expect, it } from 'vitest';
import { CauseOfConcernStatus, type Role } from '../model/index.js';
import {
  allowedCauseOfConcernTransitions,
  checkCauseOfConcernClosure,
  type CauseOfConcernTransitionInput,
} from './cause-of-concern.js';

const STATUSES = ['open', 'closed'] as const;
const ROLES: readonly Role[] = ['viewer', 'editor', 'approver', 'admin'];
const LETTER = 'https://hmicfrs.justiceinspectorates.gov.uk/publications/letter-closing-cause/';

const fullInput = (
  from: CauseOfConcernStatus,
  to: CauseOfConcernStatus,
  actorRole: Role,
): CauseOfConcernTransitionInput => ({
  from,
  to,
  actorRole,
  letterDate: '2021-03-15',
  letterLink: LETTER,
});

// Written out by hand: the only move is open -> closed by an approver or above.
const EXPECTED: Record<string, Record<Role, 'ok' | 'ROLE_TOO_LOW' | 'TRANSITION_NOT_ALLOWED'>> = {
  'open>open': {
    viewer: 'TRANSITION_NOT_ALLOWED',
    editor: 'TRANSITION_NOT_ALLOWED',
    approver: 'TRANSITION_NOT_ALLOWED',
    admin: 'TRANSITION_NOT_ALLOWED',
  },
  'open>closed': { viewer: 'ROLE_TOO_LOW', editor: 'ROLE_TOO_LOW', approver: 'ok', admin: 'ok' },
  'closed>open': {
    viewer: 'TRANSITION_NOT_ALLOWED',
    editor: 'TRANSITION_NOT_ALLOWED',
    approver: 'TRANSITION_NOT_ALLOWED',
    admin: 'TRANSITION_NOT_ALLOWED',
  },
  'closed>closed': {
    viewer: 'TRANSITION_NOT_ALLOWED',
    editor: 'TRANSITION_NOT_ALLOWED',
    approver: 'TRANSITION_NOT_ALLOWED',
    admin: 'TRANSITION_NOT_ALLOWED',
  },
};

const cases = STATUSES.flatMap((from) =>
  STATUSES.flatMap((to) => ROLES.map((role) => ({ from, to, role }))),
);

describe('cause of concern: every (from, to, role)', () => {
  it('covers the whole model', () => {
    expect([...STATUSES].sort()).toEqual([...CauseOfConcernStatus.options].sort());
    expect(cases).toHaveLength(16);
  });

  it.each(cases)('$from -> $to by $role', ({ from, to, role }) => {
    const result = checkCauseOfConcernClosure(fullInput(from, to, role));
    const expected = EXPECTED[`${from}>${to}`]?.[role];
    if (expected === 'ok') {
      expect(result).toEqual({ ok: true, value: { from, to, event: 'closed' } });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: expected } });
    }
  });

  it.each(cases.filter((c) => c.to === 'closed'))(
    'offers $from to $role the right moves',
    ({ from, role }) => {
      const offered = allowedCauseOfConcernTransitions(from, role).map((t) => t.to);
      expect(offered).toEqual(
        from === 'open' && (role === 'approver' || role === 'admin') ? ['closed'] : [],
      );
    },
  );

  it('does not reopen a closed cause, for anyone', () => {
    expect(checkCauseOfConcernClosure(fullInput('closed', 'open', 'admin'))).toMatchObject({
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: 'A cause of concern cannot move from closed to open',
      },
    });
  });

  it('tells an editor that an approver records the closure', () => {
    expect(checkCauseOfConcernClosure(fullInput('open', 'closed', 'editor'))).toEqual({
      ok: false,
      error: {
        code: 'ROLE_TOO_LOW',
        message: 'Only an approver can record that HMICFRS closed a cause of concern',
      },
    });
  });
});

describe('cause of concern: the closure letter', () => {
  const closing = fullInput('open', 'closed', 'approver');

  it.each([undefined, null, '', '15/03/2021', '2021-02-29', '2021-13-01', ' 2021-03-15'])(
    'refuses letter date %j',
    (letterDate) => {
      expect(checkCauseOfConcernClosure({ ...closing, letterDate })).toMatchObject({
        ok: false,
        error: { code: 'CLOSURE_EVIDENCE_REQUIRED', field: 'letterDate' },
      });
    },
  );

  it.each([
    undefined,
    null,
    '',
    'hmicfrs.justiceinspectorates.gov.uk',
    'ftp://example.org/letter.pdf',
    'javascript:alert(1)',
  ])('refuses letter link %j', (letterLink) => {
    expect(checkCauseOfConcernClosure({ ...closing, letterLink })).toMatchObject({
      ok: false,
      error: { code: 'CLOSURE_EVIDENCE_REQUIRED', field: 'letterLink' },
    });
  });

  it('asks for the date first when both are missing', () => {
    const result = checkCauseOfConcernClosure({
      ...closing,
      letterDate: undefined,
      letterLink: undefined,
    });
    expect(result).toMatchObject({ error: { field: 'letterDate' } });
  });

  it('closes with a real date and an http(s) link', () => {
    expect(
      checkCauseOfConcernClosure({
        ...closing,
        letterDate: '2020-02-29',
        letterLink: 'http://example.org/l',
      }),
    ).toEqual({
      ok: true,
      value: { from: 'open', to: 'closed', event: 'closed' },
    });
  });
});
