import {
  AcceptancePosition,
  CalendarDate,
  DatePrecision,
  FindingKind,
  FindingStatus,
  FindingUpdate,
} from '@irr/domain';
import { z } from 'zod';
import type { PublicFindingRow } from './public-finding.js';
import { Org } from './shapes.js';

/**
 * One finding of a report as each force that published a response to it answered it: the same
 * recommendation side by side (acceptance, status, target date, latest public update), each linking to
 * that force's finding. Forces' findings are one where each is linked to the national report's own finding
 * (stored once at the report); otherwise they are matched by kind and the report's own number ("Recommendation
 * 3"), or the register's ref where the report gives none.
 */
export const FindingComparison = z.object({
  kind: FindingKind,
  name: z.string(),
  forces: z.array(
    z.object({
      organisation: Org,
      /** The force's response's slug: the finding is at `/forces/{organisation.slug}/responses/{responseSlug}/findings/{ref}`. */
      responseSlug: z.string(),
      ref: z.string(),
      title: z.string().nullable(),
      acceptance: AcceptancePosition.nullable(),
      status: FindingStatus,
      overdue: z.boolean(),
      targetDate: CalendarDate.nullable(),
      latestUpdateOn: CalendarDate.nullable(),
      latestUpdatePrecision: DatePrecision.nullable(),
      /** Its latest public update, text and all (internal ones are never read). */
      latestUpdate: FindingUpdate.nullable(),
    }),
  ),
});
export type FindingComparison = z.infer<typeof FindingComparison>;

const KIND_ORDER: readonly FindingKind[] = [
  'cause_of_concern',
  'recommendation',
  'area_for_improvement',
];
const byNumber = new Intl.Collator('en-GB', { numeric: true });

/** The report's findings, each with every force's answer: causes of concern, recommendations, then areas for improvement. */
export function compareFindings(
  rows: readonly PublicFindingRow[],
  latestUpdates: ReadonlyMap<string, FindingUpdate> = new Map(),
): FindingComparison[] {
  const groups = new Map<string, FindingComparison & { number: string }>();
  for (const r of rows) {
    const number = r.reference ?? r.ref;
    // The report's own finding where the forces' answers are linked to it; else its kind and number.
    const key = r.reportFindingId ?? `${r.kind} ${number}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: r.kind, number, name: r.name, forces: [] };
      groups.set(key, group);
    }
    group.forces.push({
      organisation: { slug: r.organisationSlug, name: r.organisationName },
      responseSlug: r.responseSlug,
      ref: r.ref,
      title: r.title,
      acceptance: r.acceptance,
      status: r.status,
      overdue: r.overdue,
      targetDate: r.targetDate,
      latestUpdateOn: r.latestUpdateOn,
      latestUpdatePrecision: r.latestUpdatePrecision,
      latestUpdate: latestUpdates.get(r.findingId) ?? null,
    });
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        byNumber.compare(a.number, b.number),
    )
    .map(({ number: _number, ...g }) => ({
      ...g,
      forces: g.forces.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name)),
    }));
}
