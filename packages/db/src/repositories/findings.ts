import { eq } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { findings } from '../schema/index.js';

/** The record a finding belongs to, or null when there is no such finding. */
export async function findingRecordId(db: Db, findingId: string): Promise<string | null> {
  const [row] = await db
    .select({ recordId: findings.recordId })
    .from(findings)
    .where(eq(findings.id, findingId));
  return row?.recordId ?? null;
}
