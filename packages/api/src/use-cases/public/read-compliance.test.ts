import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { publishRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

describe('compliance at a glance', () => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  /** The seed's report dated so that publishing on the world's day (28 November 2026) is day `day`. */
  async function reportDatedForDay(day: number): Promise<string> {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    const first = new Date(Date.UTC(2026, 10, 28 - (day - 1))).toISOString().slice(0, 10);
    await w.as('editor').reports.updateDetails({
      reportId: record.report.id,
      rowVersion: record.reportDetails!.rowVersion,
      patch: { publishedOn: first },
    });
    return first;
  }

  it('counts a response published on day 57 as late, with its days to publish, for every force and its own', async () => {
    const reportDay = await reportDatedForDay(57);
    await publishRecord(w);
    const all = await w.as('anonymous').public.compliance({});
    expect(all.organisation).toBeNull();
    expect(all.total.responses).toMatchObject({ onTime: 0, late: 1, missing: 0 });
    expect(all.total.medianDaysToPublish).toBe(57);
    expect(all.years).toEqual([{ year: Number(reportDay.slice(0, 4)), figures: all.total }]);
    const findings = all.total.findings;
    expect(findings.open + findings.closed).toBeGreaterThan(0);

    const staffs = await w.as('anonymous').public.compliance({ organisationSlug: 'staffordshire' });
    expect(staffs.organisation).toEqual({ slug: 'staffordshire', name: 'Staffordshire Police' });
    expect(staffs.total).toEqual(all.total);
    // West Midlands published nothing: the report names only Staffordshire, so nothing counts there.
    const wm = await w.as('anonymous').public.compliance({ organisationSlug: 'west-midlands' });
    expect(wm.total.responses).toEqual({ onTime: 0, late: 0, missing: 0, due: 0, noLimit: 0 });
    expect(wm.total.findings).toEqual({ open: 0, overdue: 0, closed: 0 });

    // A period that leaves the report out counts nothing.
    const before = await w.as('anonymous').public.compliance({ to: '2001-12-31' });
    expect(before.years).toEqual([]);
    expect(before.total.responses.late).toBe(0);
  });

  it('counts nothing unpublished, and refuses a force that does not exist or a reversed period', async () => {
    await reportDatedForDay(10);
    const draft = await w.as('anonymous').public.compliance({});
    expect(draft.total.findings).toEqual({ open: 0, overdue: 0, closed: 0 });
    expect(draft.years).toEqual([]);
    expect(
      await appErrorCode(w.as('anonymous').public.compliance({ organisationSlug: 'atlantis' })),
    ).toBe('NOT_FOUND');
    await expect(
      w.as('anonymous').public.compliance({ from: '2025-01-01', to: '2024-01-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
