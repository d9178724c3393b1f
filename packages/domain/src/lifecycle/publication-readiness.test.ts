import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PublicationStatus, type Role } from '../model/index.js';
import { checkPublicationTransition } from './publication.js';
import {
  publicationReadiness,
  type PublicationReadinessInput,
  type ReadinessFinding,
} from './publication-readiness.js';

const explained = { position: 'accepted' as const, explanation: '<p>Done by June.</p>' };
const finding = (ref: string, over: Partial<ReadinessFinding> = {}): ReadinessFinding => ({
  ref,
  kind: 'recommendation',
  acceptance: explained,
  status: 'in_progress',
  ownerUserId: 'owner-1',
  ...over,
});

const input = (over: Partial<PublicationReadinessInput>): PublicationReadinessInput => ({
  from: 'draft',
  to: 'in_review',
  actorRole: 'editor',
  actorId: 'editor-1',
  actorChangedVersion: false,
  findings: [finding('R1')],
  reportPublishedOn: '2020-02-07',
  reviewStarted: false,
  ...over,
});

const gappy: ReadinessFinding[] = [
  finding('R1', { acceptance: null }),
  finding('R2', { acceptance: { position: 'not_accepted', explanation: '<p> </p>' } }),
  finding('AFI1', { kind: 'area_for_improvement', acceptance: null, ownerUserId: null }),
  finding('AFI2', {
    kind: 'area_for_improvement',
    acceptance: null,
    ownerUserId: null,
    status: 'closed',
  }),
  finding('C1', { kind: 'cause_of_concern', acceptance: null, status: null, ownerUserId: null }),
];

describe('publicationReadiness', () => {
  it('finds nothing missing in a complete record', () => {
    for (const [from, to, actorRole, event] of [
      ['draft', 'in_review', 'editor', 'submitted'],
      ['in_review', 'approved', 'approver', 'approved'],
      ['approved', 'published', 'approver', 'published'],
    ] as const) {
      expect(publicationReadiness(input({ from, to, actorRole }))).toEqual({ event, items: [] });
    }
  });

  it('at submission, lists what approval will need and open findings with no owner; nothing refuses it', () => {
    const result = publicationReadiness(input({ findings: gappy, reportPublishedOn: null }));
    expect(result.event).toBe('submitted');
    expect(result.items.map((i) => [i.severity, i.code, i.findingRef, i.field])).toEqual([
      ['for_approval', 'ACCEPTANCE_MISSING', 'R1', 'acceptance'],
      ['for_approval', 'ACCEPTANCE_MISSING', 'R2', 'explanation'],
      ['for_approval', 'REPORT_DATE_UNKNOWN', null, 'reportPublishedOn'],
      ['advice', 'OWNER_MISSING', 'AFI1', 'owner'],
      ['advice', 'OWNER_MISSING', 'C1', 'owner'],
    ]);
    expect(result.items[0]!.message).toBe(
      'R1 has no response: say whether it is accepted, partially accepted or not accepted, and why',
    );
    expect(result.items[1]!.message).toBe(
      "R2's response has no explanation: say what action has been or will be taken, or why none",
    );
    expect(result.items[3]!.message).toBe(
      'AFI1 has no owner, so nobody is reminded when it falls due',
    );
    expect(checkPublicationTransition(input({ findings: gappy, reportPublishedOn: null })).ok).toBe(
      true,
    );
  });

  it('at approval, lists every refusal, not only the first, with its finding', () => {
    const result = publicationReadiness(
      input({
        from: 'in_review',
        to: 'approved',
        actorRole: 'approver',
        actorChangedVersion: true,
        findings: gappy,
        reportPublishedOn: null,
      }),
    );
    expect(result.items.map((i) => [i.severity, i.code, i.findingRef, i.field])).toEqual([
      ['now', 'SELF_APPROVAL', null, null],
      ['now', 'ACCEPTANCE_MISSING', 'R1', 'acceptance'],
      ['now', 'ACCEPTANCE_MISSING', 'R2', 'explanation'],
      ['now', 'REPORT_DATE_UNKNOWN', null, 'dateUnknownReason'],
      ['advice', 'OWNER_MISSING', 'AFI1', 'owner'],
      ['advice', 'OWNER_MISSING', 'C1', 'owner'],
    ]);
    expect(result.items[0]!.message).toBe(
      'You changed this version of the record, so another approver must approve it',
    );
  });

  it('at approval, takes the reason the date is unknown in place of the date', () => {
    const result = publicationReadiness(
      input({
        from: 'in_review',
        to: 'approved',
        actorRole: 'approver',
        reportPublishedOn: null,
        dateUnknownReason: 'Archived without a date',
      }),
    );
    expect(result.items).toEqual([]);
  });

  it('at publication, advises that the report is undated', () => {
    const result = publicationReadiness(
      input({ from: 'approved', to: 'published', actorRole: 'approver', reportPublishedOn: null }),
    );
    expect(result.items).toMatchObject([
      { severity: 'advice', code: 'REPORT_DATE_UNKNOWN', field: 'reportPublishedOn' },
    ]);
  });

  it('says when a move is not there to make, or not for this role', () => {
    expect(
      publicationReadiness(input({ from: 'draft', to: 'published', actorRole: 'admin' })),
    ).toEqual({
      event: null,
      items: [
        {
          code: 'TRANSITION_NOT_ALLOWED',
          severity: 'now',
          message: 'A response record cannot move from draft to published',
          findingRef: null,
          field: 'to',
        },
      ],
    });
    expect(publicationReadiness(input({ actorRole: 'viewer' })).items).toMatchObject([
      { code: 'ROLE_TOO_LOW', severity: 'now' },
    ]);
  });

  it('refuses a withdrawal once review has started', () => {
    const withdraw = input({ from: 'in_review', to: 'draft', event: 'submission_withdrawn' });
    expect(publicationReadiness(withdraw)).toEqual({ event: 'submission_withdrawn', items: [] });
    expect(publicationReadiness({ ...withdraw, reviewStarted: true }).items).toMatchObject([
      { code: 'REVIEW_STARTED', severity: 'now', field: null },
    ]);
  });

  it('agrees with the check: refused exactly when an item is "now", the first being its refusal', () => {
    const statuses = fc.constantFrom(...PublicationStatus.options);
    const roles = fc.constantFrom<Role>('viewer', 'editor', 'approver', 'admin');
    const findings = fc.option(
      fc.array(
        fc.record({
          ref: fc.constantFrom('R1', 'R2', 'AFI1', 'C1'),
          kind: fc.constantFrom('recommendation', 'area_for_improvement', 'cause_of_concern'),
          acceptance: fc.option(
            fc.record({
              position: fc.constantFrom('accepted', 'partially_accepted', 'not_accepted'),
              explanation: fc.constantFrom('', ' ', '<p>Why.</p>'),
            }),
          ),
          status: fc.option(fc.constantFrom('not_started', 'closed')),
          ownerUserId: fc.option(fc.constant('u1')),
        }),
        { maxLength: 4 },
      ),
    );
    fc.assert(
      fc.property(
        fc.record({
          from: statuses,
          to: statuses,
          event: fc.option(fc.constantFrom('changes_requested', 'submission_withdrawn')),
          actorRole: roles,
          actorId: fc.constant('a1'),
          actorChangedVersion: fc.boolean(),
          reason: fc.option(fc.constantFrom('', 'Because')),
          findings,
          reportPublishedOn: fc.option(fc.constant('2020-02-07')),
          dateUnknownReason: fc.option(fc.constantFrom(' ', 'Not known')),
          reviewStarted: fc.option(fc.boolean()),
        }),
        (i) => {
          const check = checkPublicationTransition(i);
          const refusals = publicationReadiness(i).items.filter((x) => x.severity === 'now');
          expect(refusals.length === 0).toBe(check.ok);
          if (!check.ok) expect(refusals[0]!.code).toBe(check.error.code);
        },
      ),
    );
  });
});
