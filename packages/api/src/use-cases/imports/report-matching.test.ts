import { count, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaller } from '../../root.js';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { inspectionRecord, type InspectionRecord } from '../../test-support/inspection-record.js';
import { createWorld, type World } from '../../test-support/world.js';

const THEMATIC = {
  title: 'Vetting, misconduct and misogyny in the police service',
  type: 'Thematic',
  publishedOn: '2 November 2022',
};
const peel = (force: string) => ({
  force,
  title: `PEEL 2021/22: An inspection of ${force} Police`,
  publishedOn: '15 July 2022',
});

/**
 * Issue 15: an import never creates a second report for the same inspection. The same inspection
 * imported for two forces, and by one force twice, is counted in reports, through the import that
 * cannot ask (`import.records`, as scripts and `irr import` use) and through the review.
 */
describe.each(testDrivers())(
  'importing the same inspection for two forces and for one force twice (%s)',
  (driver) => {
    let w: World;
    afterEach(() => w.close());

    const reports = async () =>
      ((await w.db.select({ n: count() }).from(schema.reports)) as [{ n: number }])[0].n;
    const recordsOf = async (title: string) =>
      w.db
        .select({ id: schema.responseRecords.id })
        .from(schema.responseRecords)
        .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
        .where(eq(schema.reports.title, title));

    /** Staffordshire's editor, West Midlands' admin, and a Kent editor (Kent added to the register). */
    async function people() {
      const [kent] = await w.db
        .insert(schema.organisations)
        .values({ slug: 'kent', name: 'Kent Police', kind: 'police_force', aliases: ['Kent'] })
        .returning();
      const ctx = w.context('outsider');
      const user = ctx.user!;
      const kentEditor = createCaller({
        ...ctx,
        user: {
          ...user,
          memberships: [...user.memberships, { organisationId: kent!.id, role: 'editor' }],
        },
      });
      return { staffs: w.as('editor'), westMids: w.as('outsider'), kent: kentEditor };
    }

    type Caller = Awaited<ReturnType<typeof people>>['staffs'];

    /** Through the import that cannot ask: what happened to the one record. */
    async function importDirect(caller: Caller, r: InspectionRecord) {
      const { items } = await caller.import.records({ text: inspectionRecord(r) });
      return items[0]!;
    }

    /** Through the review: staged, then confirmed with the first choice that saves. */
    async function importReviewed(caller: Caller, r: InspectionRecord) {
      const { items } = await caller.imports.stage({ text: inspectionRecord(r) });
      const view = await caller.imports.get({ id: items[0]!.id });
      const action = (view.meeting?.choices ?? ['create']).find((c) => c !== 'open')!;
      expect(action, JSON.stringify(view.meeting)).toBeDefined();
      return caller.imports.confirm({
        id: view.id,
        rowVersion: view.rowVersion,
        action,
        existingRowVersion: view.meeting?.record?.rowVersion,
      });
    }

    it('through import.records: a thematic report for two forces is one report with two records; PEEL of two forces is two reports; one force twice is one', async () => {
      w = await createWorld(driver);
      const p = await people();
      const before = await reports();

      // A thematic report named for each force it was sent to, published the same day: one inspection.
      const staffs = await importDirect(p.staffs, {
        ...THEMATIC,
        force: 'Staffordshire',
        title: `${THEMATIC.title}: Staffordshire Police`,
      });
      const westMids = await importDirect(p.westMids, {
        ...THEMATIC,
        force: 'West Midlands',
        title: `${THEMATIC.title}: West Midlands Police`,
      });
      expect([staffs.outcome, westMids.outcome]).toEqual(['created', 'created']);
      expect(await reports()).toBe(before + 1);
      expect(staffs.recordId).not.toBe(westMids.recordId);

      // Two forces' PEEL inspections, published the same day, titles differing by the force: two reports.
      const kent = await importDirect(p.kent, peel('Kent'));
      const staffsPeel = await importDirect(p.staffs, peel('Staffordshire'));
      expect([kent.outcome, staffsPeel.outcome]).toEqual(['created', 'created']);
      expect(await reports()).toBe(before + 3);

      // Staffordshire imports its PEEL response again, the title typed with other punctuation and
      // spacing: the same report, so the held draft is met (refused as a draft in progress), no twin.
      const again = await importDirect(p.staffs, {
        ...peel('Staffordshire'),
        title: 'PEEL 2021/22 -  an inspection of Staffordshire Police.',
      });
      expect(again).toMatchObject({ outcome: 'refused', recordId: staffsPeel.recordId });
      expect(await reports()).toBe(before + 3);
      expect(await recordsOf(peel('Staffordshire').title)).toHaveLength(1);
    });

    it('through the review: the same counts, and a second import by one force meets its own record', async () => {
      w = await createWorld(driver);
      const p = await people();
      const before = await reports();

      const staffs = await importReviewed(p.staffs, {
        ...THEMATIC,
        force: 'Staffordshire',
        title: `${THEMATIC.title}: Staffordshire Police`,
      });
      const westMids = await importReviewed(p.westMids, {
        ...THEMATIC,
        force: 'West Midlands',
        title: `${THEMATIC.title}: West Midlands Police`,
      });
      expect([staffs.outcome, westMids.outcome]).toEqual(['created', 'created']);
      expect(await reports()).toBe(before + 1);

      const kent = await importReviewed(p.kent, peel('Kent'));
      const staffsPeel = await importReviewed(p.staffs, peel('Staffordshire'));
      expect([kent.outcome, staffsPeel.outcome]).toEqual(['created', 'created']);
      expect(await reports()).toBe(before + 3);

      const again = await importReviewed(p.staffs, {
        ...peel('Staffordshire'),
        title: 'PEEL 2021/22 -  an inspection of Staffordshire Police.',
        finding:
          'The force should record the reason for every strip search, and review them monthly.',
      });
      expect(again).toMatchObject({ outcome: 'replaced_draft', recordId: staffsPeel.recordId });
      expect(await reports()).toBe(before + 3);
      expect(await recordsOf(peel('Staffordshire').title)).toHaveLength(1);
    });

    it('asks about a near match: import.records refuses it naming the held report; the review asks and acts on the answer', async () => {
      w = await createWorld(driver);
      const editor = w.as('editor');
      const custody = {
        force: 'Staffordshire',
        type: 'Custody',
        publishedOn: '1 March 2023',
        title:
          'Report on an unannounced inspection visit to police custody suites in Staffordshire',
      };
      const held = await importDirect(editor, custody);
      expect(held.outcome).toBe('created');
      const before = await reports();
      const nearly = {
        ...custody,
        title: 'Report on an inspection visit to police custody suites in Staffordshire',
      };

      const refused = await importDirect(editor, nearly);
      expect(refused.outcome).toBe('refused');
      expect(refused.message).toContain(custody.title);
      expect(refused.message).toMatch(/admin app/);
      expect(await reports()).toBe(before);

      const { items } = await editor.imports.stage({ text: inspectionRecord(nearly) });
      const view = await editor.imports.get({ id: items[0]!.id });
      expect(view).toMatchObject({
        ready: false,
        meeting: { match: 'near', report: { title: custody.title }, record: null, choices: [] },
      });
      expect(
        await appErrorCode(
          editor.imports.confirm({ id: view.id, rowVersion: view.rowVersion, action: 'create' }),
        ),
      ).toBe('IMPORT_CHOICE_NOT_OFFERED');

      // "The same inspection": it meets that report's draft.
      const reportId = view.meeting!.report.id;
      const same = await editor.imports.decide({
        id: view.id,
        rowVersion: view.rowVersion,
        decisions: [{ kind: 'report', reportId }],
      });
      expect(same).toMatchObject({
        ready: true,
        meeting: {
          record: { id: held.recordId, status: 'draft' },
          choices: ['open', 'replace_draft'],
        },
      });
      // "A different inspection": a new report.
      const other = await editor.imports.decide({
        id: view.id,
        rowVersion: same.rowVersion,
        decisions: [{ kind: 'report', reportId: null }],
      });
      expect(other).toMatchObject({ ready: true, meeting: { record: null, choices: ['create'] } });
      const saved = await editor.imports.confirm({
        id: view.id,
        rowVersion: other.rowVersion,
        action: 'create',
      });
      expect(saved.recordId).not.toBe(held.recordId);
      expect(await reports()).toBe(before + 1);
    });
  },
);
