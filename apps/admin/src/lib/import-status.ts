import { PUBLICATION_STATUS_LABELS } from '@irr/domain';
import type { PendingImportSummary } from './imports';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What is left to do before the import can be saved, in the user's words ("2 errors, 1 block to place"). */
export function outstanding(
  item: Pick<PendingImportSummary, 'errors' | 'unplaced'> &
    Partial<Pick<PendingImportSummary, 'reportFindingQuestions'>>,
): string {
  const parts: string[] = [];
  if (item.errors > 0) parts.push(count(item.errors, 'error'));
  if (item.unplaced > 0) parts.push(count(item.unplaced, 'block to place', 'blocks to place'));
  const asked = item.reportFindingQuestions?.length ?? 0;
  if (asked > 0)
    parts.push(
      count(
        asked,
        'finding worded unlike the national report',
        'findings worded unlike the national report',
      ),
    );
  return parts.join(', ');
}

/** An import that could be saved with the others of its batch: ready, and meeting no record held. */
export const importsAlone = (item: PendingImportSummary): boolean =>
  item.status === 'pending' &&
  item.ready &&
  (item.meeting === null || item.meeting.record === null);

/** Possibly a file nothing could be read from: no report title and no findings (its review says whether). */
export const unreadable = (item: PendingImportSummary): boolean =>
  item.status === 'pending' && item.reportTitle === null && item.findings === 0 && item.errors > 0;

/** One line saying where an import stands, as the batch page and the review queue show it. */
export function importState(item: PendingImportSummary): { text: string; attention: boolean } {
  if (item.status === 'imported') return { text: 'Imported', attention: false };
  if (item.status === 'discarded') return { text: 'Discarded', attention: false };
  const record = item.meeting?.record;
  if (record) {
    const published = record.status === 'published' || record.status === 'withdrawn';
    return {
      text: published
        ? 'Meets a published response'
        : `Meets a response in progress (${PUBLICATION_STATUS_LABELS[record.status].toLowerCase()})`,
      attention: true,
    };
  }
  if (item.meeting?.match === 'near' && item.meeting.choices.length === 0) {
    return { text: 'Needs an answer: is this an inspection already held?', attention: true };
  }
  if (item.ready) return { text: 'Ready to import', attention: false };
  const left = outstanding(item);
  return { text: left ? `Needs review: ${left}` : 'Needs review', attention: true };
}
