import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TEXT, createWorld, type World } from '../../test-support/world.js';
import type { UseCaseContext } from '../context.js';
import type { ImportItem } from './import-item.js';
import { importRecords } from './import-records.js';

const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';

/** The seed record for another force and inspection. */
function recordFor(force: string, title: string): string {
  return SEED_TEXT.replace(
    `Title of inspection\t${SEED_TITLE}`,
    `Title of inspection\t${title}`,
  ).replace('Force\tStaffordshire', `Force\t${force}`);
}

/**
 * An import looks each organisation up once, not once a record (issue 15): these check that records
 * naming several organisations, or one the import adds, still land where they would.
 */
describe.each(testDrivers())('the organisations of an import, on %s', (driver) => {
  let w: World;
  let operator: UseCaseContext;
  beforeAll(async () => {
    w = await createWorld(driver);
    operator = {
      db: w.db,
      actor: { id: null, displayName: 'operator', memberships: [], operator: true },
      now: () => new Date('2026-03-02T09:00:00Z'),
    };
  });
  afterAll(() => w.close());

  async function run(text: string, dryRun: boolean): Promise<ImportItem[]> {
    const items: ImportItem[] = [];
    for await (const item of importRecords(operator, { text, dryRun })) items.push(item);
    return items;
  }

  async function organisationOf(recordId: string | null): Promise<string | undefined> {
    const [row] = await w.db
      .select({ id: schema.responseRecords.organisationId })
      .from(schema.responseRecords)
      .where(eq(schema.responseRecords.id, recordId!));
    return row?.id;
  }

  async function stored(slug: string) {
    return w.db.select().from(schema.organisations).where(eq(schema.organisations.slug, slug));
  }

  it('lands each record of a file in the organisation it names, however they alternate', async () => {
    const items = await run(
      [
        recordFor('Staffordshire', 'Custody inspection: Staffordshire'),
        recordFor('West Midlands', 'Custody inspection: West Midlands'),
        recordFor('Staffordshire', 'Crime data integrity inspection: Staffordshire'),
        recordFor('West Midlands', 'Crime data integrity inspection: West Midlands'),
      ].join('\n'),
      false,
    );
    expect(items.map((i) => [i.outcome, i.organisation, i.organisationAdded])).toEqual([
      ['created', w.staffs.name, false],
      ['created', w.westMids.name, false],
      ['created', w.staffs.name, false],
      ['created', w.westMids.name, false],
    ]);
    expect(await Promise.all(items.map((i) => organisationOf(i.recordId)))).toEqual([
      w.staffs.id,
      w.westMids.id,
      w.staffs.id,
      w.westMids.id,
    ]);
  });

  it('in a dry run, each record naming a force not held yet would add it, and none is added', async () => {
    const items = await run(
      [
        recordFor('Cumbria', 'Custody inspection: Cumbria'),
        recordFor('Cumbria', 'Crime data integrity inspection: Cumbria'),
      ].join('\n'),
      true,
    );
    expect(items.map((i) => [i.outcome, i.organisation, i.organisationAdded])).toEqual([
      ['would_create', 'Cumbria Constabulary', true],
      ['would_create', 'Cumbria Constabulary', true],
    ]);
    expect(await stored('cumbria')).toEqual([]);
  });

  it('adds a force not held yet once, with the first record that lands, and the next find it', async () => {
    const items = await run(
      [
        recordFor('Cumbria', 'Custody inspection: Cumbria'),
        recordFor('Cumbria', 'Crime data integrity inspection: Cumbria'),
        recordFor('Cumbria', 'Joint inspection of child protection: Cumbria'),
      ].join('\n'),
      false,
    );
    expect(items.map((i) => [i.outcome, i.organisation, i.organisationAdded])).toEqual([
      ['created', 'Cumbria Constabulary', true],
      ['created', 'Cumbria Constabulary', false],
      ['created', 'Cumbria Constabulary', false],
    ]);
    const [cumbria, ...more] = await stored('cumbria');
    expect(more).toEqual([]);
    expect(await Promise.all(items.map((i) => organisationOf(i.recordId)))).toEqual(
      items.map(() => cumbria!.id),
    );
  });
});
