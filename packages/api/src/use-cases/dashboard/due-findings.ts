import type { ScheduledFinding } from '@irr/db/read-models';
import { isDueSoon, isFinished, isOverdue, type CalendarDate } from '@irr/domain';
import type { DueFinding } from './dashboard-summary.schema.js';

/** Each list is cut to this many, earliest target date first. */
const SHOWN = 50;

export interface DueFindings {
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
  const list = (keep: (x: ScheduledFinding) => boolean) =>
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
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate))
      .slice(0, SHOWN);
  return {
    overdue: list((x) => isOverdue(x, today)),
    dueSoon: list((x) => isDueSoon(x, today)),
    mine: list((x) => actorId !== null && x.ownerUserId === actorId && !isFinished(x.status)),
  };
}
