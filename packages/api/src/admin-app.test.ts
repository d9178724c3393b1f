import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishRecord } from './test-support/record-states.js';
import { createWorld, type World } from './test-support/world.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof TRPCError ? e.code : String(e);
  }
}

describe('procedures the staff app needs', () => {
  // Every test edits or publishes the record: each starts from a fresh draft.
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  it('adds a finding numbered after its kind, sanitised, and refuses blank text', async () => {
    const editor = w.as('editor');
    const before = await editor.records.get({ recordId: w.recordId });
    const afis = before.record.findings.filter((f) => f.kind === 'area_for_improvement').length;
    const after = await editor.findings.add({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      kind: 'area_for_improvement',
      text: '<p onclick="x()">New <b>finding</b></p>',
      group: { pillar: 'Effectiveness', area: 'Investigating Crime', questionId: null },
    });
    const added = after.record.findings.at(-1)!;
    expect(added.ref).toBe(`AFI${afis + 1}`);
    expect(added.text).not.toContain('onclick');
    expect(
      await codeOf(
        editor.findings.add({
          recordId: w.recordId,
          rowVersion: after.rowVersion,
          kind: 'recommendation',
          text: '<p> </p>',
          group: { pillar: null, area: null, questionId: null },
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await codeOf(
        editor.findings.add({
          recordId: w.recordId,
          rowVersion: before.rowVersion,
          kind: 'recommendation',
          text: '<p>x</p>',
          group: { pillar: null, area: null, questionId: null },
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('reorders findings only with the full list, and keeps the order', async () => {
    const editor = w.as('editor');
    const rec = await editor.records.get({ recordId: w.recordId });
    const reversed = [...rec.findings].reverse().map((f) => f.id);
    expect(
      await codeOf(
        editor.findings.reorder({
          recordId: w.recordId,
          rowVersion: rec.rowVersion,
          order: reversed.slice(1),
        }),
      ),
    ).toBe('BAD_REQUEST');
    const after = await editor.findings.reorder({
      recordId: w.recordId,
      rowVersion: rec.rowVersion,
      order: reversed,
    });
    expect(after.findings.map((f) => f.id)).toEqual(reversed);
  });

  it('gives a finding its history with names, and the dashboard its counts and activity', async () => {
    const ids = await w.findingIds();
    const editor = w.as('editor');
    const rec = await editor.records.get({ recordId: w.recordId });
    const afi = rec.findings.find((f) => f.id === ids.AFI1)!;
    await editor.findings.setOwner({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      ownerUserId: null,
      team: 'Public protection',
    });
    const history = await editor.findings.history({ findingId: afi.id });
    expect(history.changes[0]).toMatchObject({
      action: 'finding.owner_set',
      by: 'editor',
      after: { ownerUserId: null, ownerTeam: 'Public protection' },
    });

    const dash = await w.as('viewer').dashboard.summary({ organisationId: w.staffs.id });
    const total = dash.byKind.reduce((n, k) => n + k.count, 0);
    expect(total).toBe(rec.findings.length);
    expect(dash.clocks).toHaveLength(1);
    // The seed does not say when the report was published: the clock says so rather than guess.
    expect(dash.clocks[0]?.publicationDueOn).toBeNull();
    expect(dash.clocks[0]?.problem).toContain('publication date');
    expect(dash.activity[0]).toMatchObject({ actor: 'editor', action: 'finding.owner_set' });
  });

  it('lists published versions and returns one as it was published', async () => {
    const editor = w.as('editor');
    let rec = await editor.records.get({ recordId: w.recordId });
    for (const f of rec.findings.filter((x) => x.ref.startsWith('R'))) {
      const fresh = rec.findings.find((x) => x.id === f.id)!;
      rec = await editor.findings.updateContent({
        findingId: f.id,
        rowVersion: fresh.rowVersion,
        patch: { acceptance: { position: 'accepted', explanation: '<p>Accepted.</p>' } },
      });
    }
    rec = await publishRecord(w);
    const versions = await w.as('viewer').versions.list({ recordId: w.recordId });
    expect(versions).toMatchObject([{ version: 1, publishedBy: 'approver', withdrawnAt: null }]);
    const v1 = await w.as('viewer').versions.get({ recordId: w.recordId, version: 1 });
    expect(v1.record.findings).toHaveLength(rec.findings.length);
    expect(await codeOf(w.as('viewer').versions.get({ recordId: w.recordId, version: 2 }))).toBe(
      'NOT_FOUND',
    );
    const changes = await w.as('viewer').versions.changes({ recordId: w.recordId });
    expect(changes[0]).toMatchObject({ action: 'record.published', by: 'approver' });
  });
});
