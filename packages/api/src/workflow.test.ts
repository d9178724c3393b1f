import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishRecord, submitRecord } from './test-support/record-states.js';
import { SEED_DATE_UNKNOWN, createWorld, type World } from './test-support/world.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof TRPCError ? e.code : String(e);
  }
}

describe('from draft to the public portal', () => {
  // Every test moves the record through its lifecycle: each starts from a fresh draft.
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  it('an editor edits and submits; they cannot approve; an approver approves and publishes; the portal shows it', async () => {
    const ids = await w.findingIds();
    const editor = w.as('editor');
    let record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    record = await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: '<p>Edited <script>alert(1)</script>text.</p>' },
    });
    expect(record.record.findings[0]!.text).toBe('<p>Edited text.</p>');
    await editor.findings.addUpdate({
      findingId: ids.AFI1!,
      update: {
        date: '2026-11-20',
        author: 'force',
        visibility: 'internal',
        text: '<p>Internal note: owner on leave.</p>',
      },
    });
    record = await editor.findings.addUpdate({
      findingId: ids.AFI1!,
      update: {
        date: '2026-11-21',
        author: 'force',
        visibility: 'public',
        text: '<p>Wanted persons are now reviewed daily.</p>',
      },
    });
    record = await editor.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    expect(record.status).toBe('in_review');

    expect(
      await codeOf(
        editor.workflow.transition({
          recordId: w.recordId,
          rowVersion: record.rowVersion,
          to: 'approved',
          dateUnknownReason: SEED_DATE_UNKNOWN,
        }),
      ),
    ).toBe('FORBIDDEN');

    const approver = w.as('approver');
    record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });
    record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'published',
    });
    expect(record).toMatchObject({ status: 'published', latestPublishedVersion: 1 });

    const anonymous = w.as('anonymous');
    const page = await anonymous.public.record({ recordId: w.recordId });
    expect(page.version).toBe(1);
    expect(page.record!.organisation.name).toBe('Staffordshire Police');
    expect(page.record!.findings).toHaveLength(6);
    expect(page.record!.findings[0]!.text).toBe('<p>Edited text.</p>');
    expect(JSON.stringify(page)).not.toContain('Internal note');
    expect(page.tracking.AFI1!.latestUpdate?.text).toBe(
      '<p>Wanted persons are now reviewed daily.</p>',
    );
    const force = await anonymous.public.organisation({ slug: 'staffordshire' });
    expect(force.responses.map((r) => r.recordId)).toEqual([w.recordId]);
  });

  it('an approver who made the last edit cannot approve their own work', async () => {
    await publishRecord(w);
    const approver = w.as('approver');
    let record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: (await approver.records.get({ recordId: w.recordId })).rowVersion,
      to: 'draft',
    });
    expect(record).toMatchObject({ status: 'draft', draftVersion: 2 });
    record = await approver.records.updateDraft({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      patch: { summary: '<p>Approver wrote this.</p>' },
    });
    record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    const error = await approver.workflow
      .transition({
        recordId: w.recordId,
        rowVersion: record.rowVersion,
        to: 'approved',
        dateUnknownReason: SEED_DATE_UNKNOWN,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('FORBIDDEN');
    expect((await approver.records.get({ recordId: w.recordId })).status).toBe('in_review');
  });

  it('a stale save gets CONFLICT with the current version and changes nothing', async () => {
    await submitRecord(w);
    const approver = w.as('approver');
    const record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: (await approver.records.get({ recordId: w.recordId })).rowVersion,
      to: 'draft',
      reason: 'More work needed',
    });
    const editor = w.as('editor');
    await editor.records.updateDraft({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      patch: { summary: '<p>First.</p>' },
    });
    const error = (await editor.records
      .updateDraft({
        recordId: w.recordId,
        rowVersion: record.rowVersion,
        patch: { summary: '<p>Second.</p>' },
      })
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe('CONFLICT');
    expect((await editor.records.get({ recordId: w.recordId })).record.summary).toBe(
      '<p>First.</p>',
    );
  });
});
