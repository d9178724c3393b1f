import { distance } from 'fastest-levenshtein';
import type { Finding, FindingKind } from '../model/finding.js';
import { foldForMatch } from '../reference/text.js';
import { richTextToPlainText } from '../rich-text/plain-text.js';
import type { ImportDecision } from './decisions.js';

/**
 * A finding of a national or thematic report, stored once at the report: every force that answers the
 * report links its own finding to it, so the same recommendation is one thing across forces.
 */
export interface HeldReportFinding {
  id: string;
  kind: FindingKind;
  /** The report's own number for it ("3"), or the register's ref where the report gives none. */
  number: string;
  /** Its wording as the first force that answered recorded it. */
  text: string;
}

/** A finding's number in its report: the report's own reference, else its ref. */
export const reportFindingNumber = (f: Pick<Finding, 'ref' | 'reference'>): string =>
  f.reference ?? f.ref;

/** Wording as compared: the words alone, whatever the markup, case, spacing or punctuation. */
const words = (html: string) => foldForMatch(richTextToPlainText(html));

/** How much two wordings may differ and still be one recommendation: a typo or two in a paragraph. */
const SAME_WORDING = 0.95;

/**
 * Whether an office's wording is the report's: the same words, or nearly (a slip of the keyboard), by
 * edit distance over the folded words. Anything more is for a person to say.
 */
export function sameWording(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x === y) return true;
  const longest = Math.max(x.length, y.length);
  return longest > 0 && 1 - distance(x, y) / longest >= SAME_WORDING;
}

/** How an incoming finding meets the report's findings held. */
export type ReportFindingMatch =
  { kind: 'same'; id: string } | { kind: 'new' } | { kind: 'differs'; held: HeldReportFinding };

/** The report's finding of the same kind and number: the same one when the wording agrees, else a question. */
export function matchReportFinding(
  finding: Pick<Finding, 'kind' | 'ref' | 'reference' | 'text'>,
  held: readonly HeldReportFinding[],
): ReportFindingMatch {
  const number = reportFindingNumber(finding);
  const found = held.find((h) => h.kind === finding.kind && h.number === number);
  if (!found) return { kind: 'new' };
  return sameWording(found.text, finding.text)
    ? { kind: 'same', id: found.id }
    : { kind: 'differs', held: found };
}

/** A question the import must ask: is this finding the report's, whose wording differs? */
export interface ReportFindingQuestion {
  ref: string;
  kind: FindingKind;
  number: string;
  /** The report's wording held, and the wording being imported. */
  heldText: string;
  text: string;
}

/** What an import does with each finding of a national or thematic report. */
export interface ReportFindingLinks {
  /** Findings that are one the report holds, by ref, with its id. */
  linked: Map<string, string>;
  /** Findings the report does not hold yet: they become its findings. */
  added: Finding[];
  /** Findings whose wording differs from the report's of the same number, not yet answered. */
  questions: ReportFindingQuestion[];
}

/**
 * Each finding of a record answering a national or thematic report, met with the report's findings
 * held: linked where the number and wording agree, added where the report has none of that number,
 * and asked about where the wording differs, unless the user answered (a `report_finding` decision:
 * the same recommendation, or a different one left unlinked).
 */
export function linkReportFindings(
  findings: readonly Finding[],
  held: readonly HeldReportFinding[],
  decisions: readonly ImportDecision[] = [],
): ReportFindingLinks {
  const out: ReportFindingLinks = { linked: new Map(), added: [], questions: [] };
  for (const f of findings) {
    const match = matchReportFinding(f, held);
    if (match.kind === 'same') out.linked.set(f.ref, match.id);
    else if (match.kind === 'new') out.added.push(f);
    else {
      const answer = decisions.findLast(
        (d): d is Extract<ImportDecision, { kind: 'report_finding' }> =>
          d.kind === 'report_finding' && d.ref === f.ref,
      );
      if (answer?.same) out.linked.set(f.ref, match.held.id);
      else if (!answer)
        out.questions.push({
          ref: f.ref,
          kind: f.kind,
          number: match.held.number,
          heldText: match.held.text,
          text: f.text,
        });
    }
  }
  return out;
}
