import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

describe("setting a finding's target date", () => {
  let w: World;
  afterEach(() => w.close());

  async function afi1() {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    return record.findings.find((f) => f.ref === 'AFI1')!;
  }

  it('lets an editor set the first date, which becomes the original, with no revision logged', async () => {
    w = await createWorld();
    const afi = await afi1();
    const record = await w.as('editor').findings.setTargetDate({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: '2027-03-31',
    });
    expect(record.findings.find((f) => f.id === afi.id)).toMatchObject({
      originalTargetDate: '2027-03-31',
      targetDate: '2027-03-31',
    });
    const history = await w.as('viewer').findings.history({ findingId: afi.id });
    expect(history.targetDateRevisions).toEqual([]);
    expect(history.changes[0]).toMatchObject({ action: 'finding.target_date_set', by: 'editor' });
  });

  it('needs an approver, and a reason, to revise it; the original stays and the revision is logged', async () => {
    w = await createWorld();
    let afi = await afi1();
    await w.as('editor').findings.setTargetDate({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: '2027-03-31',
    });
    afi = await afi1();
    const audited = await listAudit(w.db, { entityId: afi.id, limit: 10 });
    const revise = (persona: 'editor' | 'approver', reason?: string) =>
      w.as(persona).findings.setTargetDate({
        findingId: afi.id,
        rowVersion: afi.rowVersion,
        to: '2027-06-30',
        reason,
      });
    expect(await appErrorCode(revise('editor', 'Supplier delay'))).toBe('FORBIDDEN');
    expect(await appErrorCode(revise('approver'))).toBe('REASON_REQUIRED');
    expect(await listAudit(w.db, { entityId: afi.id, limit: 10 })).toEqual(audited);
    expect(await afi1()).toMatchObject({ targetDate: '2027-03-31', rowVersion: afi.rowVersion });

    const record = await revise('approver', '  Supplier delay ');
    expect(record.findings.find((f) => f.id === afi.id)).toMatchObject({
      originalTargetDate: '2027-03-31',
      targetDate: '2027-06-30',
    });
    const history = await w.as('viewer').findings.history({ findingId: afi.id });
    expect(history.targetDateRevisions).toEqual([
      {
        from: '2027-03-31',
        to: '2027-06-30',
        reason: 'Supplier delay',
        // Internal: the approver did not choose to make the reason public (issue 13, defect 4).
        reasonVisibility: 'internal',
        on: '2026-11-28',
        by: 'approver',
      },
    ]);
    expect(history.changes[0]).toMatchObject({
      action: 'finding.target_date_revised',
      by: 'approver',
    });
  });
});
