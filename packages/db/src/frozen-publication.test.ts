import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './connection.js';
import { sqlFailure as failure } from './testing/sql-failure.js';
import { insertPublishedFixture, type PublishedFixture } from './testing/published-version.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

// What was published stays as published, whoever asks: as the owner role here (on PGlite everyone
// is), since the application role is refused sooner by its privileges (database-roles.test.ts).
describe.each(testDrivers())('a published version and its findings on %s', (driver) => {
  let database: Database;
  let published: PublishedFixture;
  const run = (query: SQL) => failure(database.db.execute(query));
  beforeAll(async () => {
    database = await createTestDatabase(driver, { as: 'owner' });
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    published = await insertPublishedFixture(database.db);
  });

  it('keeps who published it', async () => {
    const { versionId, userId } = published;
    expect(
      await run(sql`UPDATE record_versions SET published_by = NULL WHERE id = ${versionId}`),
    ).toMatch(/immutable/);
    const other = await insertPublishedFixture(database.db);
    expect(
      await run(
        sql`UPDATE record_versions SET published_by = ${other.userId} WHERE id = ${versionId}`,
      ),
    ).toMatch(/immutable/);
    const rows: unknown = await database.db.execute(
      sql`SELECT published_by AS "by" FROM record_versions WHERE id = ${versionId}`,
    );
    expect((rows as { rows: { by: string }[] }).rows[0]!.by).toBe(userId);
  });

  it('records a withdrawal once, with its reason, and nothing after it', async () => {
    const { versionId } = published;
    expect(
      await run(
        sql`UPDATE record_versions SET withdrawal_reason = 'quietly' WHERE id = ${versionId}`,
      ),
    ).toMatch(/immutable/);
    expect(
      await run(
        sql`UPDATE record_versions SET withdrawn_at = now(), withdrawal_reason = 'Wrong report' WHERE id = ${versionId}`,
      ),
    ).toBe('no error');
    expect(
      await run(
        sql`UPDATE record_versions SET withdrawal_reason = 'Other' WHERE id = ${versionId}`,
      ),
    ).toMatch(/immutable/);
  });

  it('refuses to delete or truncate versions', async () => {
    expect(await run(sql`DELETE FROM record_versions WHERE id = ${published.versionId}`)).toMatch(
      /cannot be deleted/,
    );
    expect(await run(sql`TRUNCATE record_versions CASCADE`)).toMatch(/cannot be deleted/);
  });

  it("keeps a published finding's wording and place, letting it only leave public search", async () => {
    const { versionId, findingId } = published;
    const finding = sql`version_id = ${versionId} AND finding_id = ${findingId}`;
    for (const change of [
      sql`text = 'Rewritten after publication'`,
      sql`ref = '9'`,
      sql`kind = 'area_for_improvement'`,
      sql`pillar = 'Efficiency'`,
      sql`finding_id = gen_random_uuid()`,
    ])
      expect(await run(sql`UPDATE published_findings SET ${change} WHERE ${finding}`)).toMatch(
        /immutable/,
      );
    expect(await run(sql`UPDATE published_findings SET current = false WHERE ${finding}`)).toBe(
      'no error',
    );
    // Once retired it stays retired: an old wording cannot be brought back to public search.
    expect(await run(sql`UPDATE published_findings SET current = true WHERE ${finding}`)).toMatch(
      /immutable/,
    );
    expect(await run(sql`DELETE FROM published_findings WHERE ${finding}`)).toMatch(
      /cannot be deleted/,
    );
    expect(await run(sql`TRUNCATE published_findings`)).toMatch(/cannot be deleted/);
    const rows: unknown = await database.db.execute(
      sql`SELECT text, current FROM published_findings WHERE ${finding}`,
    );
    expect((rows as { rows: unknown[] }).rows).toEqual([
      { text: 'The force should act.', current: false },
    ]);
  });
});
