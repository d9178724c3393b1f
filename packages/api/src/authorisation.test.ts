import { TRPCError } from '@trpc/server';
import { count } from 'drizzle-orm';
import { schema } from '@irr/db';
import type { Role } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PERSONAS,
  SEED_TEXT,
  SIGN_IN,
  createWorld,
  type Persona,
  type World,
} from './test-support/world.js';

type Caller = ReturnType<World['as']>;
type Min = Role | 'public' | 'staff';

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

/** Every procedure, the least it needs, and a valid call. Org-scoped ones refuse the outsider. */
function procedures(
  w: World,
  ids: Record<string, string>,
): [string, Min, boolean, (c: Caller) => Promise<unknown>][] {
  const afi = ids.AFI1!;
  const rec = w.recordId;
  const org = w.staffs.id;
  return [
    ['auth.me', 'public', false, (c) => c.auth.me()],
    ['auth.signIn', 'public', false, (c) => c.auth.signIn(SIGN_IN)],
    ['auth.signOut', 'staff', false, (c) => c.auth.signOut()],
    ['organisations.mine', 'staff', false, (c) => c.organisations.mine()],
    ['dashboard.summary', 'viewer', true, (c) => c.dashboard.summary({ organisationId: org })],
    ['notifications.mine', 'staff', false, (c) => c.notifications.mine()],
    ['notifications.outbox', 'admin', false, (c) => c.notifications.outbox()],
    ['notifications.markRead', 'staff', false, (c) => c.notifications.markRead({ ids: null })],
    [
      'notifications.setDigest',
      'staff',
      false,
      (c) => c.notifications.setDigest({ digest: 'daily' }),
    ],
    ['versions.list', 'viewer', true, (c) => c.versions.list({ recordId: rec })],
    ['versions.get', 'viewer', true, (c) => c.versions.get({ recordId: rec, version: 1 })],
    ['versions.changes', 'viewer', true, (c) => c.versions.changes({ recordId: rec })],
    [
      'findings.add',
      'editor',
      true,
      (c) =>
        c.findings.add({
          recordId: rec,
          rowVersion: 999,
          kind: 'area_for_improvement',
          text: '<p>x</p>',
          group: { pillar: null, area: null, questionId: null },
        }),
    ],
    [
      'findings.reorder',
      'editor',
      true,
      (c) => c.findings.reorder({ recordId: rec, rowVersion: 999, order: [afi] }),
    ],
    ['findings.history', 'viewer', true, (c) => c.findings.history({ findingId: afi })],
    ['findings.list', 'viewer', true, (c) => c.findings.list({ organisationId: org })],
    // Saved filters are the caller's own: anyone else's id reads as not found, past authorisation.
    ['savedFilters.list', 'staff', false, (c) => c.savedFilters.list()],
    [
      'savedFilters.save',
      'staff',
      false,
      (c) => c.savedFilters.save({ name: `matrix ${Math.random()}`, query: { due: 'overdue' } }),
    ],
    ['savedFilters.delete', 'staff', false, (c) => c.savedFilters.delete({ id: NO_SUCH })],
    ['records.list', 'viewer', true, (c) => c.records.list({ organisationId: org })],
    [
      'records.list (a queue)',
      'viewer',
      true,
      (c) => c.records.list({ organisationId: org, queue: 'awaiting_my_review' }),
    ],
    ['records.get', 'viewer', true, (c) => c.records.get({ recordId: rec })],
    [
      'records.updateDraft',
      'editor',
      true,
      (c) =>
        c.records.updateDraft({ recordId: rec, rowVersion: 999, patch: { summary: '<p>x</p>' } }),
    ],
    [
      'records.setDates',
      'editor',
      true,
      (c) =>
        c.records.setDates({
          recordId: rec,
          rowVersion: 999,
          dates: { commentsDueOn: '2020-03-01' },
        }),
    ],
    [
      'findings.updateContent',
      'editor',
      true,
      (c) =>
        c.findings.updateContent({ findingId: afi, rowVersion: 999, patch: { text: '<p>x</p>' } }),
    ],
    [
      'findings.addUpdate',
      'editor',
      true,
      (c) =>
        c.findings.addUpdate({
          findingId: afi,
          update: {
            date: '2026-11-01',
            author: 'force',
            visibility: 'internal',
            text: '<p>matrix</p>',
          },
        }),
    ],
    [
      'findings.transition',
      'editor',
      true,
      (c) =>
        c.findings.transition({
          findingId: afi,
          rowVersion: 999,
          to: 'completed',
          finalUpdate: 'done',
        }),
    ],
    [
      'findings.setTargetDate',
      'editor',
      true,
      (c) => c.findings.setTargetDate({ findingId: afi, rowVersion: 999, to: '2027-01-31' }),
    ],
    [
      'findings.setOwner',
      'editor',
      true,
      (c) =>
        c.findings.setOwner({ findingId: afi, rowVersion: 999, ownerUserId: null, team: 'Supt A' }),
    ],
    [
      'findings.reassignOwner',
      'approver',
      true,
      (c) =>
        c.findings.reassignOwner({
          organisationId: org,
          fromUserId: NO_SUCH,
          toUserId: w.users.editor.id,
        }),
    ],
    [
      'findings.setInspectorateStatus',
      'editor',
      true,
      (c) =>
        c.findings.setInspectorateStatus({
          findingId: afi,
          rowVersion: 999,
          inspectorateStatus: { status: 'Complete', on: '2026-01-01', source: null },
        }),
    ],
    [
      'findings.closeCauseOfConcern',
      'editor',
      true,
      (c) =>
        c.findings.closeCauseOfConcern({
          findingId: afi,
          rowVersion: 999,
          letterDate: '2026-01-01',
          letterLink: 'https://example.org/letter',
        }),
    ],
    [
      'reports.updateDetails',
      'editor',
      true,
      (c) =>
        c.reports.updateDetails({
          reportId: ids.reportId!,
          rowVersion: 999,
          patch: { publishedOn: '2020-03-01' },
        }),
    ],
    [
      'workflow.transition',
      'editor',
      true,
      (c) => c.workflow.transition({ recordId: rec, rowVersion: 999, to: 'in_review' }),
    ],
    ['workflow.check', 'viewer', true, (c) => c.workflow.check({ recordId: rec, to: 'in_review' })],
    [
      'workflow.changesSinceSubmission',
      'viewer',
      true,
      (c) => c.workflow.changesSinceSubmission({ recordId: rec }),
    ],
    [
      'search.findings',
      'viewer',
      true,
      (c) => c.search.findings({ q: 'vetting', organisationId: org }),
    ],
    ['audit.list', 'viewer', true, (c) => c.audit.list({ organisationId: org })],
    ['audit.people', 'viewer', true, (c) => c.audit.people({ organisationId: org })],
    ['users.list', 'admin', true, (c) => c.users.list({ organisationId: org })],
    ['users.assignable', 'editor', true, (c) => c.users.assignable({ organisationId: org })],
    [
      'users.invite',
      'admin',
      true,
      (c) =>
        c.users.invite({
          organisationId: org,
          email: 'new@example.org',
          displayName: 'New',
          role: 'viewer',
          initialPassword: 'short',
        }),
    ],
    [
      'users.setRole',
      'admin',
      true,
      (c) => c.users.setRole({ organisationId: org, userId: w.users.viewer.id, role: 'viewer' }),
    ],
    [
      'users.setDisabled',
      'admin',
      true,
      (c) =>
        c.users.setDisabled({ organisationId: org, userId: w.users.viewer.id, disabled: false }),
    ],
    ['import.records', 'editor', false, (c) => c.import.records({ text: SEED_TEXT, dryRun: true })],
    ['imports.stage', 'editor', false, (c) => c.imports.stage({ text: SEED_TEXT })],
    // Pending imports are the caller's own: anyone else's id reads as not found, past authorisation.
    ['imports.mine', 'staff', false, (c) => c.imports.mine({})],
    ['imports.batch', 'staff', false, (c) => c.imports.batch({ batchId: NO_SUCH })],
    ['imports.get', 'staff', false, (c) => c.imports.get({ id: NO_SUCH })],
    [
      'imports.decide',
      'staff',
      false,
      (c) => c.imports.decide({ id: NO_SUCH, rowVersion: 1, decisions: [] }),
    ],
    [
      'imports.confirm',
      'staff',
      false,
      (c) => c.imports.confirm({ id: NO_SUCH, rowVersion: 1, action: 'create' }),
    ],
    [
      'imports.confirmBatch',
      'staff',
      false,
      (c) => c.imports.confirmBatch({ batchId: NO_SUCH, ids: [NO_SUCH] }),
    ],
    ['imports.discard', 'staff', false, (c) => c.imports.discard({ id: NO_SUCH })],
    ['public.organisations', 'public', false, (c) => c.public.organisations()],
    [
      'public.organisation',
      'public',
      false,
      (c) => c.public.organisation({ slug: 'staffordshire' }),
    ],
    ['public.record', 'public', false, (c) => c.public.record({ recordId: rec })],
    ['public.finding', 'public', false, (c) => c.public.finding({ findingId: afi })],
    ['public.search', 'public', false, (c) => c.public.search({ q: 'vetting' })],
    ['public.today', 'public', false, (c) => c.public.today()],
    [
      'public.response',
      'public',
      false,
      (c) =>
        c.public.response({ organisationSlug: 'staffordshire', responseSlug: 'no-such-report' }),
    ],
    [
      'public.movedResponse',
      'public',
      false,
      (c) => c.public.movedResponse({ organisationSlug: 'staffordshire', slug: 'no-such-report' }),
    ],
    [
      'public.findingPage',
      'public',
      false,
      (c) =>
        c.public.findingPage({
          organisationSlug: 'staffordshire',
          responseSlug: 'no-such-report',
          ref: 'AFI1',
        }),
    ],
    [
      'public.forceOverview',
      'public',
      false,
      (c) => c.public.forceOverview({ slug: 'staffordshire' }),
    ],
    ['public.latest', 'public', false, (c) => c.public.latest({ limit: 5 })],
    ['public.searchAll', 'public', false, (c) => c.public.searchAll({ q: 'vetting' })],
    [
      'public.findingsData',
      'public',
      false,
      (c) => c.public.findingsData({ organisationSlug: 'staffordshire' }),
    ],
    ['public.responsesData', 'public', false, (c) => c.public.responsesData({})],
    ['public.permalinks', 'public', false, (c) => c.public.permalinks()],
    ['public.reports', 'public', false, (c) => c.public.reports()],
    ['public.report', 'public', false, (c) => c.public.report({ slug: 'no-such-report' })],
    [
      'public.findingChanges',
      'public',
      false,
      (c) => c.public.findingChanges({ organisationSlug: 'staffordshire', limit: 5 }),
    ],
    ['public.compliance', 'public', false, (c) => c.public.compliance({})],
    ['public.reportsPage', 'public', false, (c) => c.public.reportsPage({ limit: 5 })],
    [
      'public.forceResponses',
      'public',
      false,
      (c) => c.public.forceResponses({ organisationSlug: 'staffordshire', limit: 5 }),
    ],
    ['public.findingsPage', 'public', false, (c) => c.public.findingsPage({ q: 'vetting' })],
    // The public's email alerts: anyone may ask, with no account; a link's token is the only key.
    [
      'alerts.target',
      'public',
      false,
      (c) => c.alerts.target({ kind: 'force', organisationSlug: 'staffordshire' }),
    ],
    [
      'alerts.subscribe',
      'public',
      false,
      (c) =>
        c.alerts.subscribe({
          email: 'matrix@example.org',
          frequency: 'daily',
          target: { kind: 'force', organisationSlug: 'staffordshire' },
        }),
    ],
    ['alerts.confirm', 'public', false, (c) => c.alerts.confirm({ token: 'A'.repeat(43) })],
    ['alerts.unsubscribe', 'public', false, (c) => c.alerts.unsubscribe({ token: 'A'.repeat(43) })],
  ];
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, approver: 2, admin: 3 };

function expected(
  persona: Persona,
  min: Min,
  orgScoped: boolean,
): 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN' {
  if (min === 'public') return 'allowed';
  if (persona === 'anonymous') return 'UNAUTHORIZED';
  if (min === 'staff') return 'allowed';
  // The outsider is an admin, but of West Midlands.
  if (persona === 'outsider') return orgScoped ? 'FORBIDDEN' : 'allowed';
  return RANK[persona] >= RANK[min] ? 'allowed' : 'FORBIDDEN';
}

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'allowed';
  } catch (e) {
    if (e instanceof TRPCError && (e.code === 'UNAUTHORIZED' || e.code === 'FORBIDDEN'))
      return e.code;
    return 'allowed'; // past authorisation: refused for another reason (stale version, lifecycle, bad input)
  }
}

describe('the authorisation matrix: every procedure, every role, and another organisation', () => {
  let w: World;
  let ids: Record<string, string>;
  beforeAll(async () => {
    w = await createWorld();
    ids = await w.findingIds();
    ids.reportId = (await w.as('viewer').records.get({ recordId: w.recordId })).report.id;
  });
  afterAll(() => w.close());

  it('lists every procedure of the router', async () => {
    const { appRouter } = await import('./root.js');
    const all = Object.keys(appRouter._def.procedures).sort();
    // A procedure may have more than one row ("records.list (a queue)"): each input that reads differently.
    const named = new Set(procedures(w, ids).map(([name]) => name.replace(/ \(.*\)$/, '')));
    expect([...named].sort()).toEqual(all);
  });

  it('answers each call as the matrix says, and a refusal changes nothing', async () => {
    const table: string[] = [];
    for (const [name, min, orgScoped, call] of procedures(w, ids)) {
      for (const persona of PERSONAS) {
        const want = expected(persona, min, orgScoped);
        const [{ n: before }] = (await w.db.select({ n: count() }).from(schema.auditEvents)) as [
          { n: number },
        ];
        const got = await outcome(() => call(w.as(persona)));
        const [{ n: after }] = (await w.db.select({ n: count() }).from(schema.auditEvents)) as [
          { n: number },
        ];
        if (got !== want) table.push(`${name} as ${persona}: expected ${want}, got ${got}`);
        if (got !== 'allowed' && after !== before)
          table.push(`${name} as ${persona}: refused but wrote ${after - before} audit events`);
      }
    }
    expect(table).toEqual([]);
  });

  // Issue 13, defect 2: an admin acts only on memberships of their own organisation.
  it("refuses an admin every membership move on another organisation's people", async () => {
    const outsider = w.as('outsider');
    const own = w.westMids.id;
    const refusals: string[] = [];
    for (const persona of ['viewer', 'editor', 'approver', 'admin'] as const) {
      const userId = w.users[persona].id;
      const moves = [
        () => outsider.users.setRole({ organisationId: own, userId, role: 'viewer' }),
        () => outsider.users.setRole({ organisationId: own, userId, role: null }),
        () => outsider.users.setDisabled({ organisationId: own, userId, disabled: true }),
        () => outsider.users.setRole({ organisationId: w.staffs.id, userId, role: null }),
        () => outsider.users.setDisabled({ organisationId: w.staffs.id, userId, disabled: true }),
      ];
      for (const move of moves)
        refusals.push(
          await move().then(
            () => 'allowed',
            (e: TRPCError) => e.code,
          ),
        );
    }
    expect(new Set(refusals)).toEqual(new Set(['NOT_FOUND', 'FORBIDDEN']));
    const members = await w.as('admin').users.list({ organisationId: w.staffs.id });
    expect(members.every((m) => !m.disabled)).toBe(true);
    expect(members).toHaveLength(4);
  });
});
