import { searchCurrentFindings } from '@irr/db/read-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

// Issue 18 item 3: search ranks a bounded set of matches, so its cost does not grow with the register.
describe('public search of findings', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
    const editor = w.as('editor');
    let record = await editor.records.get({ recordId: w.recordId });
    // Every finding mentions custody once; AFI2 three times, so it ranks first.
    for (const f of record.findings) {
      const text =
        f.ref === 'AFI2'
          ? '<p>Custody, custody records and custody reviews.</p>'
          : `<p>${f.ref}: the force should review custody.</p>`;
      record = await editor.findings.updateContent({
        findingId: f.id,
        rowVersion: record.findings.find((g) => g.id === f.id)!.rowVersion,
        patch: { text },
      });
    }
    await publishRecord(w);
  });
  afterAll(() => w.close());

  it('puts the best match first, every result a match', async () => {
    const found = await w.as('anonymous').public.search({ q: 'custody', limit: 5 });
    expect(found).toHaveLength(5);
    expect(found[0]!.ref).toBe('AFI2');
    expect(found.every((f) => /<mark>custody<\/mark>/i.test(f.snippet))).toBe(true);
    const ranks = found.map((f) => f.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('ranks no more matches than its bound, and still fills the page with matches', async () => {
    const all = await searchCurrentFindings(w.db, { q: 'custody', limit: 100 });
    expect(all.length).toBeGreaterThan(4);
    const bounded = await searchCurrentFindings(w.db, { q: 'custody', limit: 2, candidates: 3 });
    expect(bounded).toHaveLength(2);
    const ids = new Set(all.map((f) => f.findingId));
    expect(bounded.every((f) => ids.has(f.findingId))).toBe(true);
    // A page larger than the bound is never cut short by it.
    const page = await searchCurrentFindings(w.db, { q: 'custody', limit: 4, candidates: 1 });
    expect(page).toHaveLength(4);
  });
});
