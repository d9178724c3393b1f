import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { jobs, memberships } from '../schema/index.js';

export type JobRow = typeof jobs.$inferSelect;

export interface NewJob {
  /** Once only: a second job with the same key is not added. */
  key: string;
  kind: string;
  payload: unknown;
  /** When it is due (the caller's clock, so tests and the server agree on "now"). */
  runAt: Date;
}

/** Adds jobs, in the caller's transaction, so the work and the change that asks for it land together. */
export async function enqueueJobs(tx: Db, list: readonly NewJob[]): Promise<number> {
  if (list.length === 0) return 0;
  const added = await tx
    .insert(jobs)
    .values(list.map((j) => ({ key: j.key, kind: j.kind, payload: j.payload, runAt: j.runAt })))
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  return added.length;
}

/**
 * Claims up to `limit` due jobs for `lockMs` and commits at once: no transaction stays open while the
 * work (an SMTP send) runs. SKIP LOCKED lets several processes claim at the same time without taking the
 * same job; a claim that is not completed in time (the process died) is claimed again later.
 */
export async function claimJobs(
  db: Db,
  { now, limit, lockMs }: { now: Date; limit: number; lockMs: number },
): Promise<JobRow[]> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        isNull(jobs.doneAt),
        isNull(jobs.failedAt),
        lte(jobs.runAt, now),
        or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      lockedUntil: new Date(now.getTime() + lockMs),
      attempts: sql`${jobs.attempts} + 1`,
    })
    .where(inArray(jobs.id, due))
    .returning();
}

/** The job's work is done, with what it did: never run again. */
export async function completeJob(
  db: Db,
  id: number,
  now: Date,
  outcome: unknown = null,
): Promise<void> {
  await db
    .update(jobs)
    .set({ doneAt: now, lockedUntil: null, lastError: null, outcome })
    .where(eq(jobs.id, id));
}

/** The job failed: tried again at `retryAt`, or kept as failed (`retryAt` null). */
export async function failJob(
  db: Db,
  id: number,
  { error, retryAt, now }: { error: string; retryAt: Date | null; now: Date },
): Promise<void> {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { runAt: retryAt, lockedUntil: null, lastError: error }
        : { failedAt: now, lockedUntil: null, lastError: error },
    )
    .where(eq(jobs.id, id));
}

/**
 * The newest jobs of a kind whose outcome names a person of these organisations (every one: undefined),
 * for an admins' list of the mail sent.
 */
export async function recentJobsFor(
  db: Db,
  kind: string,
  organisationIds: readonly string[] | undefined,
  limit: number,
): Promise<JobRow[]> {
  const ofPeople = organisationIds
    ? organisationIds.length === 0
      ? sql`false`
      : sql`(${jobs.outcome}->>'userId')::uuid in (select ${memberships.userId} from ${memberships} where ${inArray(memberships.organisationId, [...organisationIds])})`
    : undefined;
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), ofPeople))
    .orderBy(desc(jobs.id))
    .limit(limit);
}
