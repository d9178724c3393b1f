import type { ReportDetails } from '../model/index.js';

/** A report already held, as report matching sees it. */
export interface HeldReport {
  id: string;
  title: string;
  type: ReportDetails['type'];
  publishedOn: string | null;
  link: string | null;
  /** A national report covers every force. */
  national: boolean;
  /** The organisations (ids) the report is recorded as covering. */
  organisationIds: readonly string[];
}

/** Whether an incoming report is one already held. */
export type ReportMatch =
  /** The same inspection: the import meets it. `why` says so in the user's words. */
  | { kind: 'same'; reportId: string; why: string }
  /** Close but not certain: the user is asked, naming these reports. */
  | { kind: 'near'; reportIds: string[]; why: string }
  | { kind: 'none' };

/**
 * The report an imported record responds to, among those held. Titles differing only in case,
 * punctuation or spacing match; a title differing by a force's name matches only a national or thematic
 * report with the same date or link; a force's inspection never matches another force's; a near
 * match asks.
 */
export function matchReport(
  incoming: Pick<ReportDetails, 'title' | 'type' | 'publishedOn' | 'link'>,
  organisationId: string,
  held: readonly HeldReport[],
): ReportMatch {
  throw new Error(`not implemented yet (${incoming.title}, ${organisationId}, ${held.length})`);
}
