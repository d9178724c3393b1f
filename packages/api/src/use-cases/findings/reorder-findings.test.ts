import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

describe("reordering a record's findings", () => {
  let w: World;
  afterEach(() => w.close());

  it('keeps the new order and audits the refs before and after', async () => {
    w = await createWorld();
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const order = before.findings.map((f) => f.id).reverse();
    const after = await w.as('editor').findings.reorder({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      order,
    });
    expect(after.findings.map((f) => f.id)).toEqual(order);
    expect(after.rowVersion).toBe(before.rowVersion + 1);
    const [event] = await listAudit(w.db, { entityId: w.recordId, limit: 1 });
    const refs = before.findings.map((f) => f.ref);
    expect(event).toMatchObject({
      action: 'record.findings_reordered',
      before: { order: refs },
      after: { order: [...refs].reverse() },
    });
  });

  it("is guarded by the record's version: a stale order is refused and nothing moves", async () => {
    w = await createWorld();
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const order = before.findings.map((f) => f.id).reverse();
    await w.as('editor').findings.reorder({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      order,
    });
    const stale = w.as('editor').findings.reorder({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      order: before.findings.map((f) => f.id),
    });
    expect(await appErrorCode(stale)).toBe('STALE_VERSION');
    const after = await w.as('editor').records.get({ recordId: w.recordId });
    expect(after.findings.map((f) => f.id)).toEqual(order);
  });
});
