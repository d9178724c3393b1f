import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { londonDateOf } from '@irr/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { approveRecord, publishRecord, submitRecord } from '../../test-support/record-states.js';
import { SEED_DATE_UNKNOWN, createWorld, type World } from '../../test-support/world.js';

// Issue 16 item 1: a report's publication date can be entered, so an imported record's 56-day
// statutory clock runs; approval asks for it, or for the reason it is not known.
describe.each(testDrivers())('reports.updateDetails (%s)', (driver) => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld(driver);
  });
  afterEach(() => w.close());

  const get = () => w.as('editor').records.get({ recordId: w.recordId });
  const save = async (
    persona: 'editor' | 'approver',
    patch: { publishedOn?: string; framework?: string; forces?: string[] },
  ) => {
    const { report, reportDetails } = await get();
    return w.as(persona).reports.updateDetails({
      reportId: report.id,
      rowVersion: reportDetails!.rowVersion,
      patch,
    });
  };
  const setDate = (persona: 'editor' | 'approver', publishedOn: string) =>
    save(persona, { publishedOn });
  const publicPage = async () =>
    w.as('anonymous').public.response({
      organisationSlug: 'staffordshire',
      responseSlug: (await get()).slug,
    });

  it("starts the statutory clock when an editor enters the report's publication date", async () => {
    const clockOf = async () =>
      (await w.as('editor').dashboard.summary({ organisationId: w.staffs.id })).clocks.find(
        (c) => c.recordId === w.recordId,
      );
    expect((await clockOf())?.publicationDueOn).toBeNull();
    const saved = await setDate('editor', '2020-02-07');
    expect(saved).toMatchObject({ publishedOn: '2020-02-07', correction: false });
    expect((await get()).report.publishedOn).toBe('2020-02-07');
    // Published on 7 February 2020: the response was due 55 days later.
    expect((await clockOf())?.publicationDueOn).toBe('2020-04-02');
  });

  it('tells the record page whether the user may change the details, and who may when not', async () => {
    expect((await get()).reportDetails).toMatchObject({ mayEdit: true, refusal: null });
    expect(
      (await w.as('viewer').records.get({ recordId: w.recordId })).reportDetails,
    ).toMatchObject({ mayEdit: false });
    await publishRecord(w);
    const locked = (await get()).reportDetails;
    expect(locked?.mayEdit).toBe(false);
    expect(locked?.refusal).toMatch(/only an approver can change its details/);
    expect(locked?.publicationDateUnknownReason).toBe(SEED_DATE_UNKNOWN);
    expect(
      (await w.as('approver').records.get({ recordId: w.recordId })).reportDetails?.mayEdit,
    ).toBe(true);
  });

  it('refuses a stale save', async () => {
    const { report } = await get();
    expect(
      await appErrorCode(
        w.as('editor').reports.updateDetails({
          reportId: report.id,
          rowVersion: 999,
          patch: { publishedOn: '2020-02-07' },
        }),
      ),
    ).toBe('STALE_VERSION');
  });

  it('locks the details to approvers once a response is published; the change is audited as a correction shown publicly', async () => {
    await setDate('editor', '2020-02-07');
    await publishRecord(w);
    expect(await appErrorCode(setDate('editor', '2020-02-10'))).toBe('REPORT_DETAILS_LOCKED');
    expect((await get()).report.publishedOn).toBe('2020-02-07');
    const saved = await setDate('approver', '2020-02-10');
    expect(saved).toMatchObject({ publishedOn: '2020-02-10', correction: true });
    const audit = await listAudit(w.db, { entityType: 'report', entityId: saved.id, limit: 50 });
    expect(audit.map((e) => e.action)).toContain('report.details_changed');
    const event = audit.find((e) => e.action === 'report.details_changed')!;
    expect(event.before).toMatchObject({ publishedOn: '2020-02-07' });
    expect(event.after).toMatchObject({ publishedOn: '2020-02-10', correction: true });
  });

  it('refuses approval without the report date, and allows it with the reason, which is stored', async () => {
    let record = await submitRecord(w);
    expect(
      await appErrorCode(
        w.as('approver').workflow.transition({
          recordId: w.recordId,
          rowVersion: record.rowVersion,
          to: 'approved',
        }),
      ),
    ).toBe('REPORT_DATE_UNKNOWN');
    record = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });
    expect(record.status).toBe('approved');
    const [row] = await w.db
      .select({ reason: schema.responseRecords.publicationDateUnknownReason })
      .from(schema.responseRecords)
      .where(eq(schema.responseRecords.id, w.recordId));
    expect(row?.reason).toBe(SEED_DATE_UNKNOWN);
  });

  it('approves a dated report without a reason', async () => {
    await setDate('editor', '2020-02-07');
    const record = await submitRecord(w);
    const approved = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
    });
    expect(approved.status).toBe('approved');
  });

  it('changes the forces the report covers, by slug, under the same lock', async () => {
    expect((await get()).reportDetails).toMatchObject({
      national: false,
      forces: [{ slug: 'staffordshire', name: 'Staffordshire Police' }],
    });
    await save('editor', { forces: ['staffordshire', 'west-midlands'] });
    expect((await get()).reportDetails?.forces.map((f) => f.slug)).toEqual([
      'staffordshire',
      'west-midlands',
    ]);
    expect(await appErrorCode(save('editor', { forces: ['nowhere'] }))).toBe(
      'UNKNOWN_ORGANISATION',
    );
    await publishRecord(w);
    expect(await appErrorCode(save('editor', { forces: ['staffordshire'] }))).toBe(
      'REPORT_DETAILS_LOCKED',
    );
    await save('approver', { forces: ['staffordshire'] });
    expect((await get()).reportDetails?.forces.map((f) => f.slug)).toEqual(['staffordshire']);
  });

  it('lists a correction of the report details on the public page of a response published before it, never who made it', async () => {
    // Before publication a change is no correction: the page lists nothing.
    await save('editor', { publishedOn: '2020-02-06', forces: ['staffordshire'] });
    await publishRecord(w);
    expect((await publicPage()).corrections).toEqual([]);
    await save('approver', {
      publishedOn: '2020-02-07',
      framework: 'PEEL 2018/19',
      forces: ['staffordshire', 'west-midlands'],
    });
    const [event] = await listAudit(w.db, { entityType: 'report', limit: 1 });
    const correctedOn = londonDateOf(event!.at);
    const page = await publicPage();
    expect(page.corrections).toEqual([
      { correctedOn, field: 'publishedOn', from: '2020-02-06', to: '2020-02-07' },
      { correctedOn, field: 'framework', from: 'peel-2018-19', to: 'PEEL 2018/19' },
      {
        correctedOn,
        field: 'forces',
        from: 'Staffordshire Police',
        to: 'Staffordshire Police, West Midlands Police',
      },
    ]);
    // The page shows the report's details as they now stand, and the deadline from the new date.
    expect(page.report.publishedOn).toBe('2020-02-07');
    expect(page.statutory.publicationDueOn).toBe('2020-04-02');
    expect(JSON.stringify(page.corrections)).not.toContain(w.users.approver.id);
    expect(JSON.stringify(page.corrections)).not.toContain('approver');
  });

  it("records the approval's reason for an unknown date in the approval's audit event", async () => {
    await approveRecord(w);
    const [event] = await listAudit(w.db, { entityId: w.recordId, limit: 1 });
    expect(event).toMatchObject({
      action: 'record.approved',
      actorId: w.users.approver.id,
      after: { status: 'approved', publicationDateUnknownReason: SEED_DATE_UNKNOWN },
    });
  });
});
