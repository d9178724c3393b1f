import { TRPCError } from '@trpc/server';
import { count } from 'drizzle-orm';
import { schema } from '@irr/db';
import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { londonDateOf } from '@irr/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { publishRecord, redraftRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

// Issue 13, defect 3: "first published on" is derived from publication and never typed; the
// recorded dates change by an editor before publication and by an approver after, audited, and
// a change after publication shows on the public page as a correction.
describe.each(testDrivers())('records.setDates (%s)', (driver) => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld(driver);
    // The seed's report, published on 7 February 2020: its response was due by 2 April 2020.
    await w.db.update(schema.reports).set({ publishedOn: '2020-02-07' });
  });
  afterEach(() => w.close());

  const get = () => w.as('editor').records.get({ recordId: w.recordId });
  const publicPage = async () =>
    w.as('anonymous').public.response({
      organisationSlug: 'staffordshire',
      responseSlug: (await get()).slug,
    });
  const auditCount = async () =>
    ((await w.db.select({ n: count() }).from(schema.auditEvents)) as [{ n: number }])[0].n;

  it('refuses "first published on" from an editor, leaving the public 56-day result as publication made it', async () => {
    await publishRecord(w);
    const before = await publicPage();
    // Published on the world's clock, long after the 56 days of a report from February 2020.
    expect(before.statutory).toEqual({
      publicationDueOn: '2020-04-02',
      firstPublishedOn: '2026-11-28',
      onTime: false,
    });
    const audit = await auditCount();
    const error = await w
      .as('editor')
      .records.setDates({
        recordId: w.recordId,
        rowVersion: (await get()).rowVersion,
        dates: { firstPublishedOn: '2020-03-01' } as never,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toContain('firstPublishedOn');
    expect(await auditCount()).toBe(audit);
    // Nor does any other way in write it: a draft edit that names it leaves it as it was.
    await redraftRecord(w);
    await w
      .as('editor')
      .records.updateDraft({
        recordId: w.recordId,
        rowVersion: (await get()).rowVersion,
        patch: { firstPublishedOn: '2020-03-01' } as never,
      })
      .catch(() => null);
    expect((await get()).dates.firstPublishedOn).toBe('2026-11-28');
    expect((await publicPage()).statutory).toEqual(before.statutory);
    const [row] = await w.as('anonymous').public.responsesData({});
    expect(row).toMatchObject({ firstPublishedOn: '2026-11-28', onTime: false });
  });

  it('lets an editor record the dates before publication, audited old and new', async () => {
    const record = await w.as('editor').records.setDates({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      dates: { commentsRequestedOn: '2020-02-10' },
    });
    expect(record.dates.commentsRequestedOn).toBe('2020-02-10');
    const [event] = await listAudit(w.db, { entityId: w.recordId, limit: 1 });
    expect(event).toMatchObject({
      action: 'record.dates_set',
      actorId: w.users.editor.id,
      before: { commentsRequestedOn: null },
      after: { commentsRequestedOn: '2020-02-10' },
    });
  });

  it('refuses an editor changing a recorded date after publication, and changes nothing', async () => {
    await w.as('editor').records.setDates({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      dates: { sentToHmicfrsOn: '2020-04-01' },
    });
    await publishRecord(w);
    const audit = await auditCount();
    expect(
      await appErrorCode(
        w.as('editor').records.setDates({
          recordId: w.recordId,
          rowVersion: (await get()).rowVersion,
          dates: { sentToHmicfrsOn: '2020-03-20' },
        }),
      ),
    ).toBe('FORBIDDEN');
    // A new draft version does not make the published dates the editor's again.
    await redraftRecord(w);
    expect(
      await appErrorCode(
        w.as('editor').records.setDates({
          recordId: w.recordId,
          rowVersion: (await get()).rowVersion,
          dates: { sentToHmicfrsOn: null },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect((await get()).dates.sentToHmicfrsOn).toBe('2020-04-01');
    expect(await auditCount()).toBe(audit + 1); // the new version's own move
    expect((await publicPage()).corrections).toEqual([]);
  });

  it("audits an approver's correction after publication and shows it publicly with its date", async () => {
    await w.as('editor').records.setDates({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      dates: { sentToHmicfrsOn: '2020-04-01' },
    });
    await publishRecord(w);
    await w.as('approver').records.setDates({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      // Recording a date for the first time is no correction; changing one is.
      dates: { sentToHmicfrsOn: '2020-04-03', sentToHomeSecretaryOn: '2020-04-03' },
    });
    const [event] = await listAudit(w.db, { entityId: w.recordId, limit: 1 });
    expect(event).toMatchObject({
      action: 'record.dates_corrected',
      actorId: w.users.approver.id,
      before: { sentToHmicfrsOn: '2020-04-01', sentToHomeSecretaryOn: null },
      after: { sentToHmicfrsOn: '2020-04-03', sentToHomeSecretaryOn: '2020-04-03' },
    });
    const page = await publicPage();
    expect(page.corrections).toEqual([
      {
        // The day the correction was made, as the audit trail holds it.
        correctedOn: londonDateOf(event!.at),
        field: 'sentToHmicfrsOn',
        from: '2020-04-01',
        to: '2020-04-03',
      },
    ]);
    expect(JSON.stringify(page.corrections)).not.toContain(w.users.approver.id);
  });
});
