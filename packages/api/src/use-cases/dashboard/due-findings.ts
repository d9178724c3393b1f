import type { ScheduledFinding } from '@irr/db/read-models';
import { isDueSoon, isFinished, isOverdue, type CalendarDate } from '@irr/domain';
import type { DueFinding } from './dashboard-summary.schema.js';

/** Each list is cut to this many, earliest target date first. */
const SHOWN = 50;

export interface DueFindings {
  /** How many each list holds before the cut: the dashboard says "Findings overdue (73)", not (50). */
  dueTotals: { overdue: number; dueSoon: number; mine: number };
  overdue: DueFinding[];
  dueSoon: DueFinding[];
  /** Open findings whose owner is the person asking. */
  mine: DueFinding[];
}

/** The scheduled findings that need attention: overdue, due soon, and the asker's own. */
export function dueFindings(
  scheduled: readonly ScheduledFinding[],
  reportTitleOf: ReadonlyMap<string, string>,
  actorId: string | null,
  today: CalendarDate,
): DueFindings {
  const all = (keep: (x: ScheduledFinding) => boolean) =>
    scheduled
      .filter(keep)
      .map((x) => ({
        findingId: x.id,
        recordId: x.recordId,
        ref: x.ref,
        kind: x.kind,
        title: x.title,
        status: x.status,
        owner: x.ownerUserId ? { id: x.ownerUserId, name: x.ownerName ?? '' } : null,
        ownerTeam: x.ownerTeam,
        targetDate: x.targetDate,
        reportTitle: reportTitleOf.get(x.recordId) ?? '',
      }))
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  const overdue = all((x) => isOverdue(x, today));
  const dueSoon = all((x) => isDueSoon(x, today));
  const mine = all((x) => actorId !== null && x.ownerUserId === actorId && !isFinished(x.status));
  return {
    dueTotals: { overdue: overdue.length, dueSoon: dueSoon.length, mine: mine.length },
    overdue: overdue.slice(0, SHOWN),
    dueSoon: dueSoon.slice(0, SHOWN),
    mine: mine.slice(0, SHOWN),
  };
}
