import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

describe("moving a finding's progress status", () => {
  let w: World;
  afterEach(() => w.close());

  let findingId: string;
  /** A finding added by the editor, so it starts where the lifecycle does: not started. */
  async function addFinding() {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    const after = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      kind: 'area_for_improvement',
      text: '<p>The force should review its cases.</p>',
      group: { pillar: null, area: null, questionId: null },
    });
    findingId = after.findings.at(-1)!.id;
  }
  async function current() {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    return record.findings.find((f) => f.id === findingId)!;
  }

  it("audits each move under the lifecycle's event, and completing adds the final update (internal unless chosen)", async () => {
    w = await createWorld();
    await addFinding();
    let afi = await current();
    await w.as('editor').findings.transition({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: 'in_progress',
    });
    afi = await current();
    const updates = afi.updates.length;
    const record = await w.as('editor').findings.transition({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: 'completed',
      finalUpdate: '<p>Done: every case is now reviewed <script>x</script>daily.</p>',
    });
    const done = record.findings.find((f) => f.id === afi.id)!;
    expect(done.status).toBe('completed');
    expect(done.updates).toHaveLength(updates + 1);
    expect(done.updates.at(-1)).toMatchObject({
      date: '2026-11-28',
      author: 'force',
      // Internal: the user did not choose to make it public (issue 13, defect 4).
      visibility: 'internal',
      text: '<p>Done: every case is now reviewed daily.</p>',
    });
    const actions = (await listAudit(w.db, { entityId: afi.id, limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(['finding.completed', 'finding.started', 'finding.added']);
    const history = await w.as('viewer').findings.history({ findingId: afi.id });
    expect(history.statusChanges).toEqual([
      {
        from: 'not_started',
        to: 'in_progress',
        reason: null,
        reasonVisibility: 'internal',
        on: '2026-11-28',
        by: 'editor',
      },
      {
        from: 'in_progress',
        to: 'completed',
        reason: null,
        reasonVisibility: 'internal',
        on: '2026-11-28',
        by: 'editor',
      },
    ]);
  });

  it('lets only an approver reopen a closed finding, with a reason, audited as finding.reopened', async () => {
    w = await createWorld();
    await addFinding();
    const move = async (
      persona: 'editor' | 'approver',
      to: 'in_progress' | 'completed' | 'closed',
      extra: object = {},
    ) => {
      const afi = await current();
      return w.as(persona).findings.transition({
        findingId: afi.id,
        rowVersion: afi.rowVersion,
        to,
        ...extra,
      });
    };
    await move('editor', 'in_progress');
    await move('editor', 'completed', { finalUpdate: '<p>Done.</p>' });
    await move('approver', 'closed', { closure: { basis: 'assured' } });
    expect(await appErrorCode(move('editor', 'in_progress', { reason: 'Not done' }))).toBe(
      'ROLE_TOO_LOW',
    );
    expect(await appErrorCode(move('approver', 'in_progress'))).toBe('REASON_REQUIRED');
    await move('approver', 'in_progress', { reason: 'The problem came back' });
    const afi = await current();
    expect(afi.status).toBe('in_progress');
    const [event] = await listAudit(w.db, { entityId: afi.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'finding.reopened',
      before: { status: 'closed' },
      after: { status: 'in_progress', reason: 'The problem came back' },
    });
  });
});
