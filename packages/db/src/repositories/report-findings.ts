import type { Finding, HeldReportFinding } from '@irr/domain';
import { reportFindingNumber } from '@irr/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { reportFindings } from '../schema/index.js';

/** A national or thematic report's findings held at the report. */
export async function reportFindingsOf(tx: Db, reportId: string): Promise<HeldReportFinding[]> {
  return tx
    .select({
      id: reportFindings.id,
      kind: reportFindings.kind,
      number: reportFindings.number,
      text: reportFindings.text,
    })
    .from(reportFindings)
    .where(eq(reportFindings.reportId, reportId));
}

/**
 * The findings become the report's own (one statement), by their number; a number the report already
 * holds (or that an earlier finding of this list takes) is left as it is and not returned: the caller
 * meets those findings with what the report now holds.
 */
export async function addReportFindings(
  tx: Db,
  reportId: string,
  added: readonly Finding[],
): Promise<HeldReportFinding[]> {
  if (added.length === 0) return [];
  return tx
    .insert(reportFindings)
    .values(
      added.map((f) => ({ reportId, kind: f.kind, number: reportFindingNumber(f), text: f.text })),
    )
    .onConflictDoNothing()
    .returning({
      id: reportFindings.id,
      kind: reportFindings.kind,
      number: reportFindings.number,
      text: reportFindings.text,
    });
}

/**
 * Each of a record's findings linked to the report's finding it answers, or to none (one statement):
 * `links` names every ref of the record that answers one; every other finding of the record is unlinked.
 */
export async function linkFindingsToReport(
  tx: Db,
  recordId: string,
  links: ReadonlyMap<string, string>,
): Promise<void> {
  const pairs = [...links];
  const values =
    pairs.length > 0
      ? sql`(values ${sql.join(
          pairs.map(([ref, id]) => sql`(${ref}::text, ${id}::uuid)`),
          sql`, `,
        )}) as l(ref, id)`
      : sql`(select null::text as ref, null::uuid as id where false) as l`;
  await tx.execute(sql`
    update findings f set report_finding_id = l.id
    from findings f2 left join ${values} on l.ref = f2.ref
    where f2.id = f.id and f.record_id = ${recordId}
      and f.report_finding_id is distinct from l.id`);
}
