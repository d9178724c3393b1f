import { eq, isNotNull } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { parseRecord } from '@irr/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaller } from '../../root.js';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { inspectionRecord } from '../../test-support/inspection-record.js';
import { createWorld, type World } from '../../test-support/world.js';
import { reportLinks } from './link-report-findings.js';

const THEMATIC = {
  title: 'Vetting, misconduct and misogyny in the police service',
  type: 'Thematic',
  publishedOn: '2 November 2022',
};
const WORDING = 'Forces should record the reason for every vetting decision they make.';

/**
 * Issue 19: a national or thematic report's findings are stored once, at the report, and each force's
 * finding links to one by id. The importer matches by number and wording, and asks when they disagree.
 */
describe.each(testDrivers())("a national report's findings, stored once (%s)", (driver) => {
  let w: World;
  afterEach(() => w.close());

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
  const record = (force: string, finding: string) =>
    inspectionRecord({ ...THEMATIC, force, title: `${THEMATIC.title}: ${force} Police`, finding });
  /** Each imported record's finding AFI1 and the report finding it links to. */
  const links = async () =>
    (
      await w.db
        .select({
          organisation: schema.organisations.slug,
          reportFindingId: schema.findings.reportFindingId,
        })
        .from(schema.findings)
        .innerJoin(schema.responseRecords, eq(schema.responseRecords.id, schema.findings.recordId))
        .innerJoin(
          schema.organisations,
          eq(schema.organisations.id, schema.responseRecords.organisationId),
        )
        .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
        .where(eq(schema.reports.type, 'thematic'))
    ).reduce<Record<string, string | null>>(
      (out, r) => ({ ...out, [r.organisation]: r.reportFindingId }),
      {},
    );

  it('links every force that answers with the same wording to the one finding, in whatever markup or case', async () => {
    w = await createWorld(driver);
    const p = await people();
    const first = await p.staffs.import.records({ text: record('Staffordshire', WORDING) });
    const second = await p.westMids.import.records({
      text: record('West Midlands', WORDING.toUpperCase().replace('.', '')),
    });
    expect([first.items[0]!.outcome, second.items[0]!.outcome]).toEqual(['created', 'created']);
    expect(second.items[0]!.message).toBeNull();
    const held = await w.db.select().from(schema.reportFindings);
    expect(held.map((h) => [h.kind, h.number])).toEqual([['area_for_improvement', 'AFI1']]);
    expect(await links()).toEqual({ staffordshire: held[0]!.id, 'west-midlands': held[0]!.id });
  });

  it('leaves differing wording unlinked where it cannot ask, and asks in the review until answered', async () => {
    w = await createWorld(driver);
    const p = await people();
    await p.staffs.import.records({ text: record('Staffordshire', WORDING) });
    const [held] = await w.db.select().from(schema.reportFindings);

    // The import that cannot ask: saved, unlinked, and it says so.
    const differing = 'Forces should audit every vetting refusal made since 2020.';
    const direct = await p.westMids.import.records({ text: record('West Midlands', differing) });
    expect(direct.items[0]!.outcome).toBe('created');
    expect(direct.items[0]!.message).toMatch(/Area for improvement AFI1: worded differently/);
    expect((await links())['west-midlands']).toBeNull();

    // The review asks, and refuses to save until the user answers.
    const { items } = await p.kent.imports.stage({ text: record('Kent', differing) });
    let view = await p.kent.imports.get({ id: items[0]!.id });
    expect(view.ready).toBe(false);
    expect(
      view.reportFindingQuestions.map(({ text, ...q }) => ({
        ...q,
        audits: text.includes('audit'),
      })),
    ).toEqual([
      {
        ref: 'AFI1',
        kind: 'area_for_improvement',
        number: 'AFI1',
        heldText: held!.text,
        audits: true,
      },
    ]);
    const confirm = () =>
      p.kent.imports.confirm({ id: view.id, rowVersion: view.rowVersion, action: 'create' });
    expect(await appErrorCode(confirm())).toBe('REPORT_FINDING_UNANSWERED');
    expect((await links()).kent).toBeUndefined();

    view = await p.kent.imports.decide({
      id: view.id,
      rowVersion: view.rowVersion,
      decisions: [{ kind: 'report_finding', ref: 'AFI1', same: true }],
    });
    expect(view.reportFindingQuestions).toEqual([]);
    expect(view.ready).toBe(true);
    await confirm();
    expect(await links()).toEqual({
      staffordshire: held!.id,
      'west-midlands': null,
      kent: held!.id,
    });
    // Still one finding stored at the report.
    expect(await w.db.select().from(schema.reportFindings)).toHaveLength(1);
    expect(
      await w.db
        .select({ id: schema.findings.id })
        .from(schema.findings)
        .where(isNotNull(schema.findings.reportFindingId)),
    ).toHaveLength(2);
  });

  it("links a second answer of one number only if its wording is the first's, else asks about it", async () => {
    w = await createWorld(driver);
    const [report] = await w.db
      .insert(schema.reports)
      .values({ slug: 'vetting', title: THEMATIC.title, inspectorate: 'HMICFRS', type: 'thematic' })
      .returning();
    const [afi] = parseRecord(record('Staffordshire', WORDING)).record!.findings;
    // Three answers the record numbers as the report's R1: two worded alike, one not.
    const findings = [
      { ...afi!, reference: 'R1' },
      { ...afi!, ref: 'AFI2', reference: 'R1', text: `<p>${WORDING.toLowerCase()}</p>` },
      { ...afi!, ref: 'AFI3', reference: 'R1', text: '<p>Forces should audit every refusal.</p>' },
    ];
    const { linked, questions } = await w.db.transaction((tx) =>
      reportLinks(tx, report!, findings, []),
    );
    const held = await w.db.select().from(schema.reportFindings);
    expect(held.map((h) => [h.number, h.text])).toEqual([['R1', afi!.text]]);
    expect(Object.fromEntries(linked)).toEqual({ AFI1: held[0]!.id, AFI2: held[0]!.id });
    expect(questions.map((q) => [q.ref, q.number])).toEqual([['AFI3', 'R1']]);
  });
});
