import { createHash } from 'node:crypto';
import type { Db } from '../connection.js';
import * as schema from '../schema/index.js';

/** The register's own content: what no refused request may change. */
const CONTENT = [
  schema.organisations,
  schema.users,
  schema.memberships,
  schema.reports,
  schema.reportForces,
  schema.responseRecords,
  schema.recordVersions,
  schema.publishedFindings,
  schema.findings,
  schema.findingUpdates,
  schema.statusChanges,
  schema.targetDateRevisions,
  schema.auditEvents,
];

/**
 * A hash of every row of the register's content tables, and of which sessions exist (using one
 * moves its expiry, which is no change), to show a run of requests changed nothing.
 */
export async function contentFingerprint(db: Db): Promise<string> {
  const hash = createHash('sha256');
  const add = (rows: unknown[]) => {
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    hash.update(`${lines.length}\n${lines.join('\n')}\n`);
  };
  for (const table of CONTENT) add(await db.select().from(table));
  add(
    await db
      .select({ id: schema.sessions.id, userId: schema.sessions.userId })
      .from(schema.sessions),
  );
  return hash.digest('hex');
}
