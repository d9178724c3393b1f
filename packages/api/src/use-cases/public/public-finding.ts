import type { ShownFinding } from '@irr/db/read-models';
import {
  AcceptancePosition,
  CalendarDate,
  CauseOfConcernStatus,
  DatePrecision,
  FindingKind,
  FindingStatus,
  FindingUpdate,
  GradeValue,
  InspectorateStatus,
  findingName,
  isOverdue,
  slippageDays,
} from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../../schemas.js';

/**
 * The one public shape of a finding's live tracking, and the one mapper every public answer builds it with:
 * status, target dates and HMICFRS's own status are live public fields of the finding (not frozen at
 * publication), slippage and "overdue" are computed by the domain, and only public updates count.
 */

export const PublicTracking = z.object({
  findingId: Uuid,
  status: FindingStatus,
  causeStatus: CauseOfConcernStatus.nullable(),
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  slippageDays: z.number().int(),
  overdue: z.boolean(),
  inspectorateStatus: InspectorateStatus.nullable(),
  latestUpdate: FindingUpdate.nullable(),
});
export type PublicTracking = z.infer<typeof PublicTracking>;

interface LiveSchedule {
  status: FindingStatus;
  originalTargetDate: string | null;
  targetDate: string | null;
  inspectorateStatus: InspectorateStatus | null;
}

/** A finding's progress as the public sees it on `today`. */
export function publicSchedule(f: LiveSchedule, today: string) {
  return {
    status: f.status,
    originalTargetDate: f.originalTargetDate,
    targetDate: f.targetDate,
    slippageDays: slippageDays(f),
    overdue: isOverdue(f, today),
    inspectorateStatus: f.inspectorateStatus,
  };
}

/** A public update on the wire (the read models return public ones only). */
export function publicUpdate(u: {
  date: string | null;
  datePrecision: FindingUpdate['datePrecision'];
  author: FindingUpdate['author'];
  text: string;
}) {
  return {
    date: u.date,
    datePrecision: u.datePrecision,
    author: u.author,
    visibility: 'public' as const,
    text: u.text,
  };
}

export function publicTracking(
  live: LiveSchedule & { id: string; causeStatus: PublicTracking['causeStatus'] },
  latestUpdate: Parameters<typeof publicUpdate>[0] | undefined,
  today: string,
): PublicTracking {
  return {
    findingId: live.id,
    ...publicSchedule(live, today),
    causeStatus: live.causeStatus,
    latestUpdate: latestUpdate ? publicUpdate(latestUpdate) : null,
  };
}

/** A row of the portal's finding lists, search and open data. */
export const PublicFindingRow = z.object({
  findingId: Uuid,
  recordId: Uuid,
  organisationSlug: z.string(),
  organisationName: z.string(),
  /** The response's own slug: the finding's address is under `/forces/{organisationSlug}/responses/{responseSlug}`. */
  responseSlug: z.string(),
  reportSlug: z.string(),
  reportTitle: z.string(),
  reportType: z.string(),
  reportPublishedOn: CalendarDate.nullable(),
  version: z.number().int(),
  ref: z.string(),
  kind: FindingKind,
  /**
   * The national or thematic report's own finding this one answers, as linked when the version was published
   * (the same id under every force that answered it), or null.
   */
  reportFindingId: Uuid.nullable(),
  /** The report's own number for the finding in the published version ("3"), if it gives one. */
  reference: z.string().nullable(),
  /** What the register calls the finding everywhere ("Recommendation 3"; `findingName`). */
  name: z.string(),
  /** The published response's position on it (accepted, partly accepted, ...), if it gives one. */
  acceptance: AcceptancePosition.nullable(),
  /** The finding's own heading in the published version, if it has one. */
  title: z.string().nullable(),
  pillar: z.string().nullable(),
  area: z.string().nullable(),
  /** The grade the response gives the finding's area, else its pillar, else the overall grade. */
  grade: GradeValue.nullable(),
  text: z.string(),
  status: FindingStatus,
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  slippageDays: z.number().int(),
  overdue: z.boolean(),
  inspectorateStatus: InspectorateStatus.nullable(),
  latestUpdateOn: CalendarDate.nullable(),
  /** How precisely that update was dated: 'month' when only its month was given ("May 2025"). */
  latestUpdatePrecision: DatePrecision.nullable(),
  /** Search only: the matched words in <mark>, everything else escaped. */
  snippet: z.string().nullable(),
  matchedIn: z.enum(['finding', 'update']).nullable(),
});
export type PublicFindingRow = z.infer<typeof PublicFindingRow>;

export function toPublicFindingRow(
  r: ShownFinding,
  today: string,
  searched: boolean,
): PublicFindingRow {
  return {
    findingId: r.findingId,
    recordId: r.recordId,
    organisationSlug: r.organisationSlug,
    organisationName: r.organisationName,
    responseSlug: r.responseSlug,
    reportSlug: r.reportSlug,
    reportTitle: r.reportTitle,
    reportType: r.reportType,
    reportPublishedOn: r.reportPublishedOn,
    version: r.version,
    ref: r.ref,
    reportFindingId: r.reportFindingId,
    kind: r.kind as FindingKind,
    reference: r.reference,
    name: findingName({ kind: r.kind as FindingKind, ref: r.ref, reference: r.reference }),
    acceptance: AcceptancePosition.safeParse(r.acceptance).data ?? null,
    title: r.title,
    pillar: r.pillar,
    area: r.area,
    grade: GradeValue.safeParse(r.grade).data ?? null,
    text: r.text,
    ...publicSchedule(r, today),
    latestUpdateOn: r.latestUpdateOn,
    latestUpdatePrecision: r.latestUpdateOn ? (r.latestUpdatePrecision ?? 'day') : null,
    snippet: null,
    matchedIn: searched ? (r.findingMatch ? 'finding' : 'update') : null,
  };
}
