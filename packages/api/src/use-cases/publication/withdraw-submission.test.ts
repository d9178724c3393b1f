import { schema } from '@irr/db';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { approveRecord, submitRecord } from '../../test-support/record-states.js';
import { createWorld, type Persona, type World } from '../../test-support/world.js';

describe('withdrawing a submission before review starts (in review -> draft, submission_withdrawn)', () => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  const get = () => w.as('editor').records.get({ recordId: w.recordId });
  const withdraw = async (persona: Persona) =>
    w.as(persona).workflow.transition({
      recordId: w.recordId,
      rowVersion: (await get()).rowVersion,
      to: 'draft',
      event: 'submission_withdrawn',
    });
  const recordActions = async () =>
    (
      await w.db
        .select({ action: schema.auditEvents.action, actorId: schema.auditEvents.actorId })
        .from(schema.auditEvents)
        .where(
          and(
            eq(schema.auditEvents.entityType, 'response_record'),
            eq(schema.auditEvents.entityId, w.recordId),
          ),
        )
        .orderBy(asc(schema.auditEvents.id))
    ).map((e) => e.action);

  it('lets the editor take it back to draft, audits it, and tells the approvers it needs no review', async () => {
    await submitRecord(w);
    expect((await w.as('approver').notifications.mine()).unread).toBe(1);
    const record = await withdraw('editor');
    expect(record).toMatchObject({ status: 'draft', changesRequestedReason: null });
    expect((await recordActions()).slice(-2)).toEqual([
      'record.submitted',
      'record.submission_withdrawn',
    ]);
    const approverSees = await w.as('approver').notifications.mine();
    expect(approverSees.unread).toBe(2);
    const told = approverSees.items.find((i) => i.kind === 'submission_withdrawn');
    expect(told).toMatchObject({ link: `/records/${w.recordId}` });
    expect(told!.line).toMatch(
      /^editor withdrew Staffordshire Police's response to ".*" from review: it needs no review now$/,
    );
    // The editor who withdrew it is not told; it can be edited and submitted again.
    expect((await w.as('editor').notifications.mine()).unread).toBe(0);
    await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      patch: { summary: '<p>Fixed before anyone looked.</p>' },
    });
    expect((await submitRecord(w)).status).toBe('in_review');
  });

  it("is not review: the editor's own tracking during review does not stop it", async () => {
    await submitRecord(w);
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    await w.as('editor').findings.addUpdate({
      findingId: afi.id,
      update: { date: '2026-11-28', author: 'force', visibility: 'internal', text: '<p>Note.</p>' },
    });
    expect((await withdraw('editor')).status).toBe('draft');
  });

  it('is refused once an approver has acted on the version in review', async () => {
    await submitRecord(w);
    const afi = (await get()).findings.find((f) => f.ref === 'AFI1')!;
    await w.as('approver').findings.addUpdate({
      findingId: afi.id,
      update: {
        date: '2026-11-28',
        author: 'opcc',
        visibility: 'internal',
        text: '<p>Reviewed the AFI1 evidence.</p>',
      },
    });
    expect(await appErrorCode(withdraw('editor'))).toBe('REVIEW_STARTED');
    expect((await get()).status).toBe('in_review');
    expect(await recordActions()).not.toContain('record.submission_withdrawn');
  });

  it('is refused for a record returned to review after its approval', async () => {
    const approved = await approveRecord(w);
    const afi = approved.findings.find((f) => f.ref === 'AFI1')!;
    // A public update after approval takes the record back to review.
    await w.as('editor').findings.addUpdate({
      findingId: afi.id,
      update: { date: '2026-11-28', author: 'force', visibility: 'public', text: '<p>More.</p>' },
    });
    expect((await get()).status).toBe('in_review');
    expect(await appErrorCode(withdraw('editor'))).toBe('REVIEW_STARTED');
  });

  it('is refused for a viewer, and for anyone outside the organisation', async () => {
    await submitRecord(w);
    expect(await appErrorCode(withdraw('viewer'))).toBe('FORBIDDEN');
    expect(await appErrorCode(withdraw('outsider'))).toBe('FORBIDDEN');
    await expect(withdraw('anonymous')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await get()).status).toBe('in_review');
  });

  it("keeps an approver's move to draft a request for changes, which needs a reason", async () => {
    await submitRecord(w);
    const move = (event?: 'changes_requested') =>
      get().then((r) =>
        w.as('approver').workflow.transition({
          recordId: w.recordId,
          rowVersion: r.rowVersion,
          to: 'draft',
          ...(event && { event }),
        }),
      );
    expect(await appErrorCode(move())).toBe('REASON_REQUIRED');
    expect(await appErrorCode(move('changes_requested'))).toBe('REASON_REQUIRED');
  });
});
