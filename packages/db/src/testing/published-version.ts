import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../connection.js';

export interface PublishedFixture {
  versionId: string;
  findingId: string;
  userId: string;
}

/**
 * One published version with one published finding, written with plain INSERTs (all the
 * application role may do), for tests of what the database lets change afterwards.
 */
export async function insertPublishedFixture(db: Db): Promise<PublishedFixture> {
  const tag = randomBytes(4).toString('hex');
  const result: unknown = await db.execute(sql`
    WITH o AS (INSERT INTO organisations (slug, name, kind)
               VALUES (${`force-${tag}`}, ${`Force ${tag}`}, 'force') RETURNING id),
         u AS (INSERT INTO users (email, display_name, password_hash)
               VALUES (${`${tag}@example.org`}, 'Publisher', 'x') RETURNING id),
         r AS (INSERT INTO reports (slug, title, inspectorate, type)
               VALUES (${`report-${tag}`}, 'A report', 'hmicfrs', 'peel') RETURNING id),
         rr AS (INSERT INTO response_records (report_id, organisation_id, slug, commissioner, chief_officer)
                SELECT r.id, o.id, 'a-report', '{}'::jsonb, '{}'::jsonb FROM r, o RETURNING id, organisation_id),
         v AS (INSERT INTO record_versions (record_id, version, published_by, snapshot)
               SELECT rr.id, 1, u.id, '{"record":{}}'::jsonb FROM rr, u RETURNING id, record_id, published_by),
         pf AS (INSERT INTO published_findings (version_id, finding_id, record_id, organisation_id, ref, kind, text)
                SELECT v.id, gen_random_uuid(), v.record_id, rr.organisation_id, '1', 'recommendation',
                       'The force should act.' FROM v, rr RETURNING version_id, finding_id)
    SELECT pf.version_id AS "versionId", pf.finding_id AS "findingId", v.published_by AS "userId"
    FROM pf, v`);
  // Both drivers answer `{ rows }`; the shared Db type leaves the result unknown.
  return (result as { rows: PublishedFixture[] }).rows[0]!;
}
