import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from './test-support/world.js';

describe.each(testDrivers())('concurrent edits of one record on %s', (driver) => {
  // Each test counts the writes that landed: each starts from a fresh record.
  let w: World;
  beforeEach(async () => {
    w = await createWorld(driver);
  });
  afterEach(() => w.close());

  it('of many saves from the same version, exactly one lands; the rest get CONFLICT', async () => {
    const editor = w.as('editor');
    const start = await editor.records.get({ recordId: w.recordId });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        editor.records.updateDraft({
          recordId: w.recordId,
          rowVersion: start.rowVersion,
          patch: { summary: `<p>racer ${i}</p>` },
        }),
      ),
    );
    const landed = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter(
      (r) =>
        r.status === 'rejected' && r.reason instanceof TRPCError && r.reason.code === 'CONFLICT',
    );
    expect(landed).toHaveLength(1);
    expect(conflicts).toHaveLength(11);
    const after = await editor.records.get({ recordId: w.recordId });
    expect(after.rowVersion).toBe(start.rowVersion + 1);
    expect(after.record.summary).toBe(
      (landed[0] as PromiseFulfilledResult<{ record: { summary: string } }>).value.record.summary,
    );
  });

  it('writers that reload and retry on CONFLICT lose nothing, and the audit trail has every write', async () => {
    const writers = 8;
    const conflicts = { n: 0 };
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        const editor = w.as(i % 2 === 0 ? 'editor' : 'approver');
        for (;;) {
          const current = await editor.records.get({ recordId: w.recordId });
          try {
            await editor.records.updateDraft({
              recordId: w.recordId,
              rowVersion: current.rowVersion,
              patch: {
                commissionerComments: `${current.record.commissionerComments}<p>writer ${i}</p>`,
              },
            });
            return;
          } catch (e) {
            if (!(e instanceof TRPCError) || e.code !== 'CONFLICT') throw e;
            conflicts.n++;
          }
        }
      }),
    );
    const final = await w.as('viewer').records.get({ recordId: w.recordId });
    for (let i = 0; i < writers; i++)
      expect(final.record.commissionerComments).toContain(`<p>writer ${i}</p>`);
    const events = await w.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.entityId, w.recordId),
          eq(schema.auditEvents.action, 'record.draft_updated'),
        ),
      );
    // One audit event per landed write: one per writer.
    expect(events).toHaveLength(writers);
    expect(conflicts.n).toBeGreaterThanOrEqual(0);
  });
});
