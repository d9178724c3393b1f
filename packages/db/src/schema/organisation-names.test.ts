import { sql } from 'drizzle-orm';
import { REFERENCE_ORGANISATIONS } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { findOrganisation, insertOrganisation } from '../repositories/organisations.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { organisations } from './index.js';

/** The database's own message (drizzle wraps it as the cause). */
async function failure(query: Promise<unknown>): Promise<string> {
  try {
    await query;
    return 'no error';
  } catch (e) {
    return String((e as { cause?: Error }).cause?.message ?? (e as Error).message);
  }
}

// Issue 13, defect 9: an organisation's names are unique in the database itself, so neither the
// application nor a plain INSERT can add a look-alike force or take another force's alias.
describe.each(testDrivers())('organisation names on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    for (const o of REFERENCE_ORGANISATIONS) await insertOrganisation(database.db, o);
  });
  afterAll(() => database.close());

  const insert = (name: string, kind: string, aliases: string[] = []) =>
    failure(
      database.db.execute(
        sql`INSERT INTO organisations (slug, name, kind, aliases)
            VALUES (${`x-${Math.random().toString(36).slice(2)}`}, ${name}, ${kind},
                    ${`{${aliases.map((a) => JSON.stringify(a)).join(',')}}`}::text[])`,
      ),
    );

  it('holds every force and fire and rescue service of the reference list at once', async () => {
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
    expect(row!.n).toBe(REFERENCE_ORGANISATIONS.length);
  });

  it.each([
    ['STAFFORDSHIRE POLICE', 'police_force', []],
    ['The Staffordshire\u00a0Police!', 'police_force', []],
    ['Staffordshire Police', 'fire_service', []],
    ['Borsetshire Police', 'police_force', ['Staffs']],
    ['Borsetshire Police', 'police_force', ['west-midlands']],
    ['Borsetshire Fire', 'fire_service', ['Staffordshire Police']],
    ['Borsetshire Fire', 'fire_service', ['Staffordshire Fire & Rescue Service']],
  ])('refuses %j (%s) with aliases %j', async (name, kind, aliases) => {
    expect(await insert(name, kind, aliases)).toMatch(/duplicate key|already has/);
  });

  it('refuses taking a name by renaming, or a name of punctuation only', async () => {
    expect(
      await failure(
        database.db.execute(
          sql`UPDATE organisations SET aliases = array['Cumbria Constabulary'] WHERE slug = 'kent'`,
        ),
      ),
    ).toMatch(/duplicate key|already has/);
    expect(await insert('Nowhere Police', 'police_force', ['...'])).toMatch(/check constraint/);
  });

  it('lets the force and the fire service of one area share the place name, told apart by kind', async () => {
    const police = await findOrganisation(database.db, {
      name: 'Staffordshire',
      slug: null,
      kind: 'police_force',
    });
    const fire = await findOrganisation(database.db, {
      name: 'staffordshire',
      slug: null,
      kind: 'fire_service',
    });
    expect([police?.slug, fire?.slug]).toEqual(['staffordshire', 'staffordshire-fire']);
  });
});
