import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PublicationStatus, type Role } from '../model/index.js';
import {
  PUBLICATION_TRANSITIONS,
  allowedPublicationTransitions,
  checkPublicationTransition,
  type PublicationTransitionInput,
} from './publication.js';
import type { PublicationFinding } from './acceptance-check.js';

const STATUSES = ['draft', 'in_review', 'approved', 'published', 'withdrawn'] as const;
const ROLES: readonly Role[] = ['viewer', 'editor', 'approver', 'admin'];
const rank = (role: Role) => ROLES.indexOf(role);

// Written out by hand from the lifecycles (packages/domain/docs/lifecycles.md), not derived from
// the table under test. Where two moves share their statuses, the first the role may make is taken.
const EXPECTED: Record<string, { role: Role; event: string }[]> = {
  'draft>in_review': [{ role: 'editor', event: 'submitted' }],
  'in_review>draft': [
    { role: 'approver', event: 'changes_requested' },
    { role: 'editor', event: 'submission_withdrawn' },
  ],
  'in_review>approved': [{ role: 'approver', event: 'approved' }],
  'approved>published': [{ role: 'approver', event: 'published' }],
  'approved>draft': [{ role: 'editor', event: 'approval_reopened' }],
  'approved>in_review': [{ role: 'editor', event: 'returned_to_review' }],
  'published>withdrawn': [{ role: 'approver', event: 'withdrawn' }],
  'published>draft': [{ role: 'editor', event: 'new_version_started' }],
  'withdrawn>draft': [{ role: 'editor', event: 'new_version_started' }],
};

const accepted = (ref: string): PublicationFinding => ({
  ref,
  kind: 'recommendation',
  acceptance: {
    position: 'accepted',
    explanation: '<p>The force will review its triage by June.</p>',
  },
});

/** Every guard satisfied: the actor changed nothing, every recommendation explained, a reason given. */
const fullInput = (
  from: PublicationStatus,
  to: PublicationStatus,
  actorRole: Role,
): PublicationTransitionInput => ({
  from,
  to,
  actorRole,
  actorId: 'chief-of-staff',
  actorChangedVersion: false,
  reason: 'Names of office holders were out of date',
  findings: [accepted('R1'), { ref: 'AFI1', kind: 'area_for_improvement', acceptance: null }],
  reportPublishedOn: '2024-03-01',
  reviewStarted: false,
});

const cases = STATUSES.flatMap((from) =>
  STATUSES.flatMap((to) => ROLES.map((role) => ({ from, to, role }))),
);

describe('publication: every (from, to, role)', () => {
  it('covers the whole model', () => {
    expect([...STATUSES].sort()).toEqual([...PublicationStatus.options].sort());
    expect(cases).toHaveLength(5 * 5 * 4);
  });

  it.each(cases)('$from -> $to by $role', ({ from, to, role }) => {
    const result = checkPublicationTransition(fullInput(from, to, role));
    const moves = EXPECTED[`${from}>${to}`];
    const expected = moves?.find((m) => rank(role) >= rank(m.role));
    if (moves === undefined) {
      expect(result).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED' } });
    } else if (expected === undefined) {
      expect(result).toMatchObject({ ok: false, error: { code: 'ROLE_TOO_LOW' } });
    } else {
      expect(result).toEqual({ ok: true, value: { from, to, event: expected.event } });
    }
  });

  it.each(STATUSES.flatMap((from) => ROLES.map((role) => ({ from, role }))))(
    'offers from $from to $role exactly the moves it may make',
    ({ from, role }) => {
      const offered = allowedPublicationTransitions(from, role)
        .map((t) => `${t.to}:${t.event}`)
        .sort();
      const expected = STATUSES.flatMap((to) =>
        (EXPECTED[`${from}>${to}`] ?? [])
          .filter((move) => rank(role) >= rank(move.role))
          .map((move) => `${to}:${move.event}`),
      );
      expect(offered).toEqual([...expected].sort());
    },
  );

  it('has one row per move', () => {
    const keys = PUBLICATION_TRANSITIONS.map((t) => `${t.from}>${t.to}:${t.event}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('tells apart two moves between the same statuses by their least role', () => {
    const pairs = PUBLICATION_TRANSITIONS.map((t) => `${t.from}>${t.to}:${t.role}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const rows = Object.entries(EXPECTED).flatMap(([k, moves]) => moves.map((m) => ({ k, ...m })));
    expect(PUBLICATION_TRANSITIONS.map((t) => `${t.from}>${t.to}:${t.event}`).sort()).toEqual(
      rows.map((r) => `${r.k}:${r.event}`).sort(),
    );
  });

  it('cannot publish without approval', () => {
    expect(checkPublicationTransition(fullInput('in_review', 'published', 'admin'))).toMatchObject({
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: 'A response record cannot move from in review to published',
      },
    });
  });
});

describe('publication: reasons', () => {
  const blank = fc.oneof(fc.constantFrom(undefined, null), fc.stringMatching(/^[ \t\r\n]*$/));

  it('needs a reason to request changes', () => {
    fc.assert(
      fc.property(blank, (reason) => {
        const result = checkPublicationTransition({
          ...fullInput('in_review', 'draft', 'approver'),
          reason,
        });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'REASON_REQUIRED', field: 'reason' },
        });
      }),
    );
  });

  it('needs a reason to withdraw, and says it is shown publicly', () => {
    fc.assert(
      fc.property(blank, (reason) => {
        const result = checkPublicationTransition({
          ...fullInput('published', 'withdrawn', 'approver'),
          reason,
        });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'REASON_REQUIRED', field: 'reason' },
        });
        expect(result.ok ? '' : result.error.message).toContain('public');
      }),
    );
  });

  it('needs no reason to submit or publish', () => {
    const draft = { ...fullInput('draft', 'in_review', 'editor'), reason: undefined };
    const approved = { ...fullInput('approved', 'published', 'approver'), reason: undefined };
    expect(checkPublicationTransition(draft).ok).toBe(true);
    expect(checkPublicationTransition(approved).ok).toBe(true);
  });
});

describe('publication: approval', () => {
  const approving = fullInput('in_review', 'approved', 'approver');

  it.each(['approver', 'admin'] as const)(
    'refuses approval by an %s who changed anything in the version',
    (actorRole) => {
      const result = checkPublicationTransition({
        ...approving,
        actorRole,
        actorChangedVersion: true,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'SELF_APPROVAL' } });
    },
  );

  it('lets an approver who changed nothing in the version approve it', () => {
    expect(checkPublicationTransition({ ...approving, actorChangedVersion: false }).ok).toBe(true);
  });

  it('checks self-approval before acceptances', () => {
    const result = checkPublicationTransition({
      ...approving,
      actorChangedVersion: true,
      findings: [{ ref: 'R1', kind: 'recommendation', acceptance: null }],
    });
    expect(result).toMatchObject({ error: { code: 'SELF_APPROVAL' } });
  });

  it('names every recommendation lacking an acceptance or explanation', () => {
    const findings: PublicationFinding[] = [
      accepted('R1'),
      { ref: 'R2', kind: 'recommendation', acceptance: null },
      {
        ref: 'R3',
        kind: 'recommendation',
        acceptance: { position: 'not_accepted', explanation: '  ' },
      },
      {
        ref: 'R4',
        kind: 'recommendation',
        acceptance: { position: 'accepted', explanation: '<p>&nbsp;</p>' },
      },
      { ref: 'C1', kind: 'cause_of_concern', acceptance: null },
      { ref: 'AFI1', kind: 'area_for_improvement', acceptance: null },
    ];
    const result = checkPublicationTransition({ ...approving, findings });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ACCEPTANCE_MISSING',
        message: 'Recommendations R2, R3, R4 need an acceptance and explanation before approval',
        field: 'findings',
        refs: ['R2', 'R3', 'R4'],
      },
    });
  });

  it('accepts a partial or non-acceptance that is explained', () => {
    const findings: PublicationFinding[] = [
      {
        ref: 'R1',
        kind: 'recommendation',
        acceptance: { position: 'partially_accepted', explanation: 'Part 1 only.' },
      },
      {
        ref: 'R2',
        kind: 'recommendation',
        acceptance: { position: 'not_accepted', explanation: 'Already done.' },
      },
    ];
    expect(checkPublicationTransition({ ...approving, findings }).ok).toBe(true);
  });

  it('keeps a long list readable but returns every ref', () => {
    const findings = Array.from({ length: 12 }, (_, i): PublicationFinding => ({
      ref: `R${i + 1}`,
      kind: 'recommendation',
      acceptance: null,
    }));
    const result = checkPublicationTransition({ ...approving, findings });
    expect(result).toMatchObject({
      error: {
        message:
          'Recommendations R1, R2, R3, R4, R5, R6, R7, R8, R9, R10 and 2 more need ' +
          'an acceptance and explanation before approval',
        refs: findings.map((f) => f.ref),
      },
    });
  });

  it('uses the singular for one recommendation', () => {
    const findings: PublicationFinding[] = [
      { ref: 'R7', kind: 'recommendation', acceptance: null },
    ];
    expect(checkPublicationTransition({ ...approving, findings })).toMatchObject({
      error: { message: 'Recommendation R7 needs an acceptance and explanation before approval' },
    });
  });

  it('refuses to approve when the findings were not supplied', () => {
    for (const findings of [undefined, null]) {
      expect(checkPublicationTransition({ ...approving, findings })).toMatchObject({
        ok: false,
        error: { code: 'ACCEPTANCE_MISSING', field: 'findings', refs: [] },
      });
    }
  });

  it('approves a record with no findings at all', () => {
    expect(checkPublicationTransition({ ...approving, findings: [] }).ok).toBe(true);
  });

  it('tells an editor who may approve', () => {
    expect(checkPublicationTransition({ ...approving, actorRole: 'editor' })).toEqual({
      ok: false,
      error: { code: 'ROLE_TOO_LOW', message: 'Only an approver can approve a response record' },
    });
  });
});

describe('publication: approval needs the report dated', () => {
  const approving = fullInput('in_review', 'approved', 'approver');

  it('refuses approval while the report has no publication date and no reason is given', () => {
    for (const dateUnknownReason of [undefined, null, '   ']) {
      const result = checkPublicationTransition({
        ...approving,
        reportPublishedOn: null,
        dateUnknownReason,
      });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'REPORT_DATE_UNKNOWN',
          message:
            "Enter the report's publication date before approving, or give the reason it is not known",
          field: 'dateUnknownReason',
        },
      });
    }
  });

  it('allows approval without the date when the approver says why it is not known', () => {
    const result = checkPublicationTransition({
      ...approving,
      reportPublishedOn: null,
      dateUnknownReason: 'The inspectorate archived the report without a date',
    });
    expect(result.ok).toBe(true);
  });

  it('asks for the date only when approving', () => {
    const publish = { ...fullInput('approved', 'published', 'approver'), reportPublishedOn: null };
    const submit = { ...fullInput('draft', 'in_review', 'editor'), reportPublishedOn: null };
    expect(checkPublicationTransition(publish).ok).toBe(true);
    expect(checkPublicationTransition(submit).ok).toBe(true);
  });

  it('checks acceptances before the date', () => {
    const result = checkPublicationTransition({
      ...approving,
      reportPublishedOn: null,
      findings: [{ ref: 'R1', kind: 'recommendation', acceptance: null }],
    });
    expect(result).toMatchObject({ error: { code: 'ACCEPTANCE_MISSING' } });
  });
});

describe('publication: withdrawing a submission before review starts', () => {
  const withdrawing = {
    ...fullInput('in_review', 'draft', 'editor'),
    event: 'submission_withdrawn' as const,
    reason: undefined,
  };

  it('lets an editor take a record back to draft, with no reason, before review starts', () => {
    expect(checkPublicationTransition(withdrawing)).toEqual({
      ok: true,
      value: { from: 'in_review', to: 'draft', event: 'submission_withdrawn' },
    });
    // Without the event, an editor's only move from in review to draft is this one.
    expect(checkPublicationTransition({ ...withdrawing, event: undefined })).toMatchObject({
      ok: true,
      value: { event: 'submission_withdrawn' },
    });
  });

  it('refuses once review has started, or when nobody said whether it had', () => {
    for (const reviewStarted of [true, undefined, null]) {
      expect(checkPublicationTransition({ ...withdrawing, reviewStarted })).toEqual({
        ok: false,
        error: {
          code: 'REVIEW_STARTED',
          message:
            'An approver has started reviewing this version, so it can no longer be withdrawn; ask them to request changes',
        },
      });
    }
  });

  it('refuses a viewer', () => {
    expect(checkPublicationTransition({ ...withdrawing, actorRole: 'viewer' })).toEqual({
      ok: false,
      error: {
        code: 'ROLE_TOO_LOW',
        message: 'Only an editor can withdraw a response record from review',
      },
    });
  });

  it("takes an approver's move to draft as a request for changes unless the withdrawal is named", () => {
    const approver = { ...withdrawing, actorRole: 'approver' as const };
    expect(checkPublicationTransition({ ...approver, event: undefined })).toMatchObject({
      ok: false,
      error: { code: 'REASON_REQUIRED' },
    });
    expect(checkPublicationTransition(approver)).toMatchObject({
      ok: true,
      value: { event: 'submission_withdrawn' },
    });
    expect(
      checkPublicationTransition({ ...approver, event: 'changes_requested', reason: 'Fix R1' }),
    ).toMatchObject({ ok: true, value: { event: 'changes_requested' } });
  });

  it('refuses an event that is not a move between the statuses asked for', () => {
    expect(checkPublicationTransition({ ...withdrawing, event: 'published' })).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED' },
    });
  });
});
