import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  notInArray,
  sql,
  type SQL,
} from 'drizzle-orm';
import {
  FindingStatus,
  isFinished,
  type CalendarDate,
  type FindingKind,
  type FindingSort,
  type SortDirection,
} from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, organisations, reports, responseRecords, users } from '../schema/index.js';

const FINISHED = FindingStatus.options.filter(isFinished);

/** Target dates a list keeps; all but `none` also keep only findings still open. */
export type DueWindow =
  | { kind: 'overdue'; today: CalendarDate }
  | { kind: 'between'; from: CalendarDate; to: CalendarDate }
  | { kind: 'none' };

/** The findings list's filter, as the use case resolved it (ids, dates), never as typed. */
export interface FindingsListFilter {
  /** The organisations the person may read; undefined for every organisation (the operator). */
  organisationIds: readonly string[] | undefined;
  statuses?: readonly FindingStatus[];
  kinds?: readonly FindingKind[];
  /** A person's id, or null for findings nobody owns. */
  ownerUserId?: string | null;
  team?: string;
  due?: DueWindow;
  reportId?: string;
}

function dueCondition(due: DueWindow): SQL | undefined {
  const open = notInArray(findings.status, FINISHED);
  switch (due.kind) {
    case 'none':
      return isNull(findings.targetDate);
    case 'overdue':
      return and(open, lt(findings.targetDate, due.today));
    case 'between':
      return and(open, gte(findings.targetDate, due.from), lte(findings.targetDate, due.to));
  }
}

function whereOf(filter: FindingsListFilter): SQL | undefined {
  const f = findings;
  return and(
    filter.organisationIds
      ? filter.organisationIds.length
        ? inArray(responseRecords.organisationId, [...filter.organisationIds])
        : sql`false`
      : undefined,
    filter.statuses?.length ? inArray(f.status, [...filter.statuses]) : undefined,
    filter.kinds?.length ? inArray(f.kind, [...filter.kinds]) : undefined,
    filter.ownerUserId === undefined
      ? undefined
      : filter.ownerUserId === null
        ? isNull(f.ownerUserId)
        : eq(f.ownerUserId, filter.ownerUserId),
    filter.team === undefined ? undefined : sql`lower(${f.ownerTeam}) = lower(${filter.team})`,
    filter.due ? dueCondition(filter.due) : undefined,
    filter.reportId ? eq(responseRecords.reportId, filter.reportId) : undefined,
  );
}

/** Statuses in their lifecycle's order, not the alphabet's. */
const statusRank = sql`array_position(array[${sql.join(
  FindingStatus.options.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${findings.status})`;
/** "R2" before "R10": the letters, then the number. */
const refLetters = sql`regexp_replace(${findings.ref}, '[0-9]+', '', 'g')`;
const refNumber = sql`nullif(substring(${findings.ref} from '[0-9]+'), '')::bigint`;

function orderOf(sort: FindingSort, dir: SortDirection): SQL[] {
  const by = dir === 'asc' ? asc : desc;
  const nullsLast = (x: SQL) => sql`${x} ${sql.raw(dir)} nulls last`;
  const ref = [by(refLetters), nullsLast(refNumber), by(findings.ref)];
  const report = [by(reports.title), by(organisations.name)];
  const primary: Record<FindingSort, SQL[]> = {
    target_date: [nullsLast(sql`${findings.targetDate}`)],
    status: [by(statusRank)],
    ref,
    report: [...report, ...ref],
  };
  // Ties in a stable order, so a page never repeats or skips a finding.
  return [
    ...primary[sort],
    asc(reports.title),
    asc(findings.position),
    asc(refLetters),
    sql`${refNumber} asc nulls first`,
    asc(findings.id),
  ];
}

/** One page of the findings of the records in scope, filtered and sorted in SQL. */
export async function findingsPage(
  db: Db,
  filter: FindingsListFilter,
  order: { sort: FindingSort; dir: SortDirection },
  page: { limit: number; offset: number },
) {
  const f = findings;
  return db
    .select({
      findingId: f.id,
      recordId: f.recordId,
      ref: f.ref,
      kind: f.kind,
      title: f.title,
      status: f.status,
      ownerUserId: f.ownerUserId,
      ownerName: users.displayName,
      ownerTeam: f.ownerTeam,
      targetDate: f.targetDate,
      reportId: reports.id,
      reportTitle: reports.title,
      organisationId: organisations.id,
      organisationName: organisations.name,
    })
    .from(f)
    .innerJoin(responseRecords, eq(responseRecords.id, f.recordId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .leftJoin(users, eq(users.id, f.ownerUserId))
    .where(whereOf(filter))
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export type FindingsListRow = Awaited<ReturnType<typeof findingsPage>>[number];

/** How many findings the filter keeps. */
export async function countFindings(db: Db, filter: FindingsListFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(findings)
    .innerJoin(responseRecords, eq(responseRecords.id, findings.recordId))
    .where(whereOf(filter));
  return row?.n ?? 0;
}
