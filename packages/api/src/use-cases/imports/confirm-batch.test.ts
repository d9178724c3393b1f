import { count } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectionRecord } from '../../test-support/inspection-record.js';
import { SEED_TEXT, createWorld, type World } from '../../test-support/world.js';

describe.each(testDrivers())('importing the ready files of a batch together (%s)', (driver) => {
  let w: World;
  afterEach(() => w.close());

  it('creates only the ready imports that meet no record, and says why it skipped each other', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const records = async () =>
      ((await w.db.select({ n: count() }).from(schema.responseRecords)) as [{ n: number }])[0].n;
    const clean = inspectionRecord({ force: 'Staffordshire', title: 'Custody inspection 2023' });
    const broken = inspectionRecord({
      force: 'Staffordshire',
      title: 'Stop and search inspection 2023',
    }).replace('Recommendations\tNone', 'Grade\tSplendid\nRecommendations\tNone');
    const first = await editor.imports.stage({ text: clean, fileName: 'custody.txt' });
    const batchId = first.batchId;
    await editor.imports.stage({ text: broken, fileName: 'stop-search.txt', batchId });
    await editor.imports.stage({ text: SEED_TEXT, fileName: 'peel.txt', batchId });
    await editor.imports.stage({ text: '', fileName: 'empty.txt', batchId });

    const batch = await editor.imports.batch({ batchId });
    expect(batch.items.map((i) => [i.fileName, i.ready])).toEqual([
      ['custody.txt', true],
      ['stop-search.txt', false],
      ['peel.txt', true],
      ['empty.txt', false],
    ]);
    expect(batch.items[2]!.meeting).toMatchObject({ record: { id: w.recordId } });
    const before = await records();

    const { results } = await editor.imports.confirmBatch({
      batchId,
      ids: batch.items.map((i) => i.id),
    });
    expect(results.map((r) => r.outcome)).toEqual(['created', 'skipped', 'skipped', 'skipped']);
    expect(results[0]!.recordId).not.toBeNull();
    expect(results[1]!.message).toMatch(/errors/);
    expect(results[2]!.message).toMatch(/already has a response/);
    expect(await records()).toBe(before + 1);

    const after = await editor.imports.batch({ batchId });
    expect(after.items.map((i) => i.status)).toEqual(['imported', 'pending', 'pending', 'pending']);
    expect((await editor.imports.mine({})).items.map((i) => i.fileName)).toEqual([
      'stop-search.txt',
      'peel.txt',
      'empty.txt',
    ]);
  });
});
