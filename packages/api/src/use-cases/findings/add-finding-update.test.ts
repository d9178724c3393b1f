import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

describe.each(testDrivers())('adding a progress update (%s)', (driver) => {
  let w: World;
  afterEach(() => w.close());

  async function afi1() {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    return record.findings.find((f) => f.ref === 'AFI1')!;
  }

  it("puts it after the finding's updates, dated today in London when undated", async () => {
    w = await createWorld(driver);
    // 23:30 on 30 June in UTC is already 1 July in London (summer time).
    w.setNow(new Date('2027-06-30T23:30:00Z'));
    const before = await afi1();
    for (const text of ['<p>First.</p>', '<p>Second.</p>']) {
      await w.as('editor').findings.addUpdate({
        findingId: before.id,
        update: { date: null, author: 'opcc', visibility: 'internal', text },
      });
    }
    const after = await afi1();
    expect(after.updates.slice(0, before.updates.length)).toEqual(before.updates);
    expect(after.updates.slice(before.updates.length)).toMatchObject([
      { date: '2027-07-01', author: 'opcc', visibility: 'internal', text: '<p>First.</p>' },
      { date: '2027-07-01', author: 'opcc', visibility: 'internal', text: '<p>Second.</p>' },
    ]);
    const [event] = await listAudit(w.db, { entityType: 'finding_update', limit: 1 });
    expect(event).toMatchObject({
      action: 'finding.update_added',
      after: { findingId: before.id, text: '<p>Second.</p>' },
    });
  });

  it('keeps an update internal when no one chose to make it public', async () => {
    w = await createWorld(driver);
    const before = await afi1();
    const record = await w.as('editor').findings.addUpdate({
      findingId: before.id,
      update: { date: null, author: 'force', text: '<p>Staff only, by default.</p>' },
    });
    expect(record.findings.find((f) => f.id === before.id)!.updates.at(-1)).toMatchObject({
      visibility: 'internal',
      text: '<p>Staff only, by default.</p>',
    });
  });

  it('refuses an update that shows nothing once sanitised, and stores nothing', async () => {
    w = await createWorld(driver);
    const before = await afi1();
    for (const text of ['<p>&nbsp;</p>', '<p><br></p>', '<script>alert(1)</script>']) {
      const add = w.as('editor').findings.addUpdate({
        findingId: before.id,
        update: { date: '2026-11-20', author: 'force', visibility: 'public', text },
      });
      expect(await appErrorCode(add), text).toBe('EMPTY_TEXT');
    }
    expect((await afi1()).updates).toEqual(before.updates);
  });

  it('keeps a month-only date as the 1st of its month with month precision, and audits it', async () => {
    w = await createWorld(driver);
    // 23:30 on 31 May in UTC is already 1 June in London: an undated month update is June's.
    w.setNow(new Date('2027-05-31T23:30:00Z'));
    const before = await afi1();
    for (const date of ['2025-05-17', null]) {
      await w.as('editor').findings.addUpdate({
        findingId: before.id,
        update: { date, datePrecision: 'month', author: 'force', text: '<p>Monthly.</p>' },
      });
    }
    const added = (await afi1()).updates.slice(before.updates.length);
    expect(added).toMatchObject([
      { date: '2025-05-01', datePrecision: 'month' },
      { date: '2027-06-01', datePrecision: 'month' },
    ]);
    const [event] = await listAudit(w.db, { entityType: 'finding_update', limit: 1 });
    expect(event).toMatchObject({ after: { date: '2027-06-01', datePrecision: 'month' } });
  });

  it('dates an update by day unless month precision is chosen', async () => {
    w = await createWorld(driver);
    const before = await afi1();
    await w.as('editor').findings.addUpdate({
      findingId: before.id,
      update: { date: '2025-05-17', author: 'force', text: '<p>Daily.</p>' },
    });
    expect((await afi1()).updates.at(-1)).toMatchObject({
      date: '2025-05-17',
      datePrecision: 'day',
    });
  });
});
