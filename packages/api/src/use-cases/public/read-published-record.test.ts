import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { publishRecord, redraftRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

// The JSON API's record read in two statements (versions with the chosen snapshot; tracking with latest updates).
describe('public.record: a published response by record id', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
    await publishRecord(w);
    const draft = await redraftRecord(w);
    const edited = await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: draft.rowVersion,
      patch: { summary: '<p>The second version.</p>' },
    });
    // A finding new in the second version, with no update yet.
    await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: edited.rowVersion,
      kind: 'area_for_improvement',
      text: '<p>A new area for improvement.</p>',
      group: { pillar: null, area: null, questionId: null },
    });
    await publishRecord(w);
  });
  afterAll(() => w.close());

  it('shows the newest version unless one is asked for, each with its own wording', async () => {
    const p = w.as('anonymous').public;
    const newest = await p.record({ recordId: w.recordId });
    expect(newest.version).toBe(2);
    expect(newest.record!.summary).toBe('<p>The second version.</p>');
    expect(newest.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(newest.organisation.slug).toBe('staffordshire');
    const first = await p.record({ recordId: w.recordId, version: 1 });
    expect(first.version).toBe(1);
    expect(first.record!.summary).not.toBe('<p>The second version.</p>');
    expect(first.versions).toEqual(newest.versions);
    expect(await appErrorCode(p.record({ recordId: w.recordId, version: 3 }))).toBe('NOT_FOUND');
  });

  it('tracks every finding, with no latest update where none is public', async () => {
    const page = await w.as('anonymous').public.record({ recordId: w.recordId });
    const tracked = Object.entries(page.tracking);
    expect(tracked.map(([ref]) => ref).sort()).toEqual(Object.keys(page.findingIds).sort());
    // As the staff record holds them: a finding with no public update has none (internal ones never show).
    const staff = await w.as('editor').records.get({ recordId: w.recordId });
    for (const f of staff.record.findings) {
      const open = f.updates.filter((u) => u.visibility === 'public');
      expect(page.tracking[f.ref]!.latestUpdate === null, f.ref).toBe(open.length === 0);
    }
    expect(
      staff.record.findings.some((f) => f.updates.some((u) => u.visibility === 'public')),
    ).toBe(true);
  });
});
