import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { submitRecord } from '../../test-support/record-states.js';
import { createWorld, SEED_DATE_UNKNOWN, type World } from '../../test-support/world.js';

describe('workflow.check: check your answers before a publication move', () => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  const get = () => w.as('editor').records.get({ recordId: w.recordId });

  it("before submission: what approval will need and findings with no owner, each with its finding's id; nothing changes", async () => {
    const before = await get();
    const check = await w.as('editor').workflow.check({ recordId: w.recordId, to: 'in_review' });
    expect(check.event).toBe('submitted');
    expect(check.items.filter((i) => i.severity === 'now')).toEqual([]);
    expect(check.items).toContainEqual(
      expect.objectContaining({
        code: 'REPORT_DATE_UNKNOWN',
        severity: 'for_approval',
        field: 'reportPublishedOn',
      }),
    );
    const owners = check.items.filter((i) => i.code === 'OWNER_MISSING');
    expect(owners.length).toBe(before.findings.filter((f) => f.owner === null).length);
    for (const item of owners)
      expect(item.findingId).toBe(before.findings.find((f) => f.ref === item.findingRef)!.id);
    expect((await get()).rowVersion).toBe(before.rowVersion);
  });

  it('lists what the move would refuse, as the move itself refuses it', async () => {
    const record = await w.as('approver').records.updateDraft({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      patch: { summary: '<p>The approver wrote this.</p>' },
    });
    expect(record.status).toBe('draft');
    await submitRecord(w);
    const check = await w.as('approver').workflow.check({ recordId: w.recordId, to: 'approved' });
    expect(check.items.filter((i) => i.severity === 'now').map((i) => i.code)).toEqual([
      'SELF_APPROVAL',
      'REPORT_DATE_UNKNOWN',
    ]);
    expect(
      await appErrorCode(
        w.as('approver').workflow.transition({
          recordId: w.recordId,
          rowVersion: (await get()).rowVersion,
          to: 'approved',
          dateUnknownReason: SEED_DATE_UNKNOWN,
        }),
      ),
    ).toBe('SELF_APPROVAL');
    // The admin changed nothing: only the report's date, which the approval step asks for.
    const admin = await w.as('admin').workflow.check({ recordId: w.recordId, to: 'approved' });
    expect(admin.items.filter((i) => i.severity === 'now').map((i) => i.code)).toEqual([
      'REPORT_DATE_UNKNOWN',
    ]);
  });

  it('tells a viewer the move is not theirs, and refuses anyone outside the organisation', async () => {
    const check = await w.as('viewer').workflow.check({ recordId: w.recordId, to: 'in_review' });
    expect(check).toMatchObject({
      event: null,
      items: [{ code: 'ROLE_TOO_LOW', severity: 'now' }],
    });
    expect(
      await appErrorCode(
        w.as('outsider').workflow.check({ recordId: w.recordId, to: 'in_review' }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('says whether a submission can still be withdrawn', async () => {
    await submitRecord(w);
    const ask = () =>
      w.as('editor').workflow.check({
        recordId: w.recordId,
        to: 'draft',
        event: 'submission_withdrawn',
      });
    expect(await ask()).toEqual({ event: 'submission_withdrawn', items: [] });
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    await w.as('approver').findings.setOwner({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      ownerUserId: null,
      team: 'Supt Example',
    });
    expect((await ask()).items).toMatchObject([{ code: 'REVIEW_STARTED', severity: 'now' }]);
  });
});
