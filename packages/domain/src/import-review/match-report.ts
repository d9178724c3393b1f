import type { ReportDetails } from '../model/index.js';
import { titleKey, titleSimilarity, withoutOrganisations } from './title-key.js';

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

/** Word-pair similarity from which two titles are near: one word changed in a title of ten or so. */
export const NEAR_SIMILARITY = 0.8;
/** Lower, when the reports also share their publication date and inspection type. */
export const NEAR_SIMILARITY_SAME_DAY = 0.5;

type Incoming = Pick<ReportDetails, 'title' | 'type' | 'publishedOn' | 'link'>;

const quoted = (r: HeldReport) => `"${r.title}"`;
const sameDate = (a: Incoming, r: HeldReport) =>
  a.publishedOn !== null && a.publishedOn === r.publishedOn;
const sameLink = (a: Incoming, r: HeldReport) => a.link !== null && a.link === r.link;
/** A report on every force or on a theme: any force's office may answer it. */
const forAll = (r: HeldReport) => r.national || r.type === 'national' || r.type === 'thematic';

/** Inspections of one force or service by their nature: the same words for two forces are two reports. */
const ONE_FORCE_TYPES: ReadonlySet<ReportDetails['type']> = new Set([
  'peel',
  'custody',
  'crime_data_integrity',
  'fire_and_rescue',
]);

/**
 * The very same title naming no force, of a type that is not one force's inspection, and the same date:
 * an inspection of several forces (vetting, misconduct and misogyny in the police service) that the
 * record did not mark as national, answered by another of them.
 */
const oneForAll = (incoming: Incoming, key: string, r: HeldReport) =>
  withoutOrganisations(key) === key &&
  !ONE_FORCE_TYPES.has(incoming.type) &&
  incoming.type === r.type &&
  incoming.publishedOn === r.publishedOn;

/** The numbers a title key names, in order: years ("2018 19" is 2018 and 19), parts, volumes. */
const numbersOf = (key: string) => key.match(/\b\d+\b/g) ?? [];

/**
 * Two titles naming different numbers where both name one: another year's or part's report of a series (the
 * annual State of Policing, a thematic inspection repeated, part 7 against part 4), however alike the other
 * words. A number on one side only ("2015" and "2015 part 1") is not a difference: that still asks.
 */
function otherNumbers(a: string, b: string): boolean {
  const x = numbersOf(a);
  const y = numbersOf(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return true;
  return false;
}

/**
 * The report an imported record responds to, among those held. Titles differing only in case,
 * punctuation or spacing match; a title differing by a force's name matches only a national or thematic
 * report with the same date or link; a force's inspection never matches another force's; a near
 * match asks, unless the two titles name different numbers (years, parts). The first rule that finds a report decides, in that order; then a shared link.
 */
export function matchReport(
  incoming: Incoming,
  organisationId: string,
  held: readonly HeldReport[],
): ReportMatch {
  const key = titleKey(incoming.title);
  const bare = withoutOrganisations(key);
  const covers = (r: HeldReport) => forAll(r) || r.organisationIds.includes(organisationId);
  const keyed = held.map((report) => ({ report, key: titleKey(report.title) }));

  const sameTitle = keyed.filter((h) => h.key === key);
  const titled = sameTitle.find(
    (h) => covers(h.report) || oneForAll(incoming, key, h.report),
  )?.report;
  if (titled) {
    const why = sameDate(incoming, titled) ? 'Same title and date as' : 'Same title as';
    return { kind: 'same', reportId: titled.id, why: `${why} ${quoted(titled)}` };
  }
  const forceNamed = keyed.filter(
    (h) => h.key !== key && bare !== '' && withoutOrganisations(h.key) === bare,
  );
  const national = forceNamed.find(
    (h) => forAll(h.report) && (sameDate(incoming, h.report) || sameLink(incoming, h.report)),
  )?.report;
  if (national) {
    const shared = sameDate(incoming, national) ? 'date' : 'link';
    const why = `Same title as the national report ${quoted(national)} but for a force's name, and the same ${shared}`;
    return { kind: 'same', reportId: national.id, why };
  }
  // Another force's inspection under the same title, or the title with another force's name: never merged.
  const ruledOut = new Set(
    [...sameTitle, ...forceNamed].filter(
      (h) => h.report.organisationIds.length > 0 || forAll(h.report),
    ),
  );
  const open = keyed.filter((h) => !ruledOut.has(h));
  const linked = open.find((h) => sameLink(incoming, h.report) && covers(h.report))?.report;
  if (linked) return { kind: 'same', reportId: linked.id, why: `Same link as ${quoted(linked)}` };

  const near = open
    .filter((h) => covers(h.report) || h.report.organisationIds.length === 0)
    .filter((h) => !otherNumbers(key, h.key))
    .map((h) => ({ ...h, similarity: titleSimilarity(key, h.key) }))
    .filter(
      (h) =>
        h.key === key ||
        h.similarity >= NEAR_SIMILARITY ||
        (h.similarity >= NEAR_SIMILARITY_SAME_DAY &&
          sameDate(incoming, h.report) &&
          h.report.type === incoming.type),
    )
    .sort((a, b) => b.similarity - a.similarity);
  if (near.length === 0) return { kind: 'none' };
  const first = near[0]!.report;
  const also = near.length > 1 ? ` (and ${near.length - 1} more)` : '';
  const day = sameDate(incoming, first) ? ' and the same date' : '';
  return {
    kind: 'near',
    reportIds: near.map((h) => h.report.id),
    why: `A title like ${quoted(first)}${day}${also}: is it the same inspection?`,
  };
}
