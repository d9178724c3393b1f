import { canonicalRichText } from '../codec/canonical-html.js';
import type { UnplacedBlock } from '../codec/parse-record.js';
import { parseUpdateDate } from '../codec/update-dates.js';
import { matchUpdateLabel } from '../codec/update-labels.js';
import type { Finding, FindingUpdate, ResponseRecord } from '../model/index.js';
import { matchGroupHeading } from '../reference/index.js';
import { escapeHtml } from '../rich-text/index.js';
import type { ImportDecision } from './decisions.js';

export type PlaceBlock = Extract<ImportDecision, { kind: 'place_block' }>;

/** Why a placement could not be made: the block then stays unplaced. */
export interface PlacementProblem {
  code: 'DECISION_STALE' | 'DECISION_INCOMPLETE' | 'DECISION_INVALID';
  message: string;
}

// As FindingGroup.area allows.
const MAX_HEADING = 300;

/** Plain text as one paragraph of rich text: never markup, whatever the source's text says. */
const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
const append = (rich: string, texts: readonly string[]) =>
  canonicalRichText(rich + texts.map(paragraph).join(''));

/**
 * An update from placed text. Its author is the office's (the reviewer works for it) unless the text
 * opens with an update label that says whose it is ("Force update 3 May 2021: …"); the label then comes
 * off, and gives the date when the reviewer gave none.
 */
function updateOf(decision: PlaceBlock, texts: readonly string[]): FindingUpdate {
  const label = matchUpdateLabel(texts[0]!);
  const first = label ? texts[0]!.slice(label.length).trim() : texts[0]!;
  const labelled = label?.dateText ? parseUpdateDate(label.dateText) : null;
  const dated =
    decision.updateDate !== undefined
      ? { date: decision.updateDate, precision: 'day' as const }
      : labelled
        ? { date: labelled.date, precision: labelled.precision }
        : { date: null, precision: 'day' as const };
  return {
    date: dated.date,
    datePrecision: dated.precision,
    author: label?.author ?? 'opcc',
    visibility: decision.visibility!,
    text: append(
      '',
      [first, ...texts.slice(1)].filter((t) => t !== ''),
    ),
  };
}

function findingFor(record: ResponseRecord, decision: PlaceBlock): Finding | PlacementProblem {
  if (decision.findingRef === undefined)
    return { code: 'DECISION_INCOMPLETE', message: 'choose the finding this text belongs to' };
  const finding = record.findings.find((f) => f.ref === decision.findingRef);
  return (
    finding ?? {
      code: 'DECISION_STALE',
      message: `no finding is "${decision.findingRef}" in this record`,
    }
  );
}

/**
 * Puts the text of the blocks on one line where the decision says, in `record` (in place). Headings
 * are only checked here; `applyHeadings` places them once every block is known.
 */
export function placeBlocks(
  record: ResponseRecord,
  decision: PlaceBlock,
  blocks: readonly UnplacedBlock[],
): PlacementProblem | null {
  const texts = blocks.map((b) => b.text);
  switch (decision.as) {
    case 'finding_text': {
      const finding = findingFor(record, decision);
      if ('code' in finding) return finding;
      finding.text = append(finding.text, texts);
      return null;
    }
    case 'update': {
      const finding = findingFor(record, decision);
      if ('code' in finding) return finding;
      if (decision.visibility === undefined)
        return {
          code: 'DECISION_INCOMPLETE',
          message: 'choose whether this update is public or internal',
        };
      finding.updates.push(updateOf(decision, texts));
      return null;
    }
    case 'commissioner_comments':
      record.commissionerComments = append(record.commissionerComments, texts);
      return null;
    case 'chief_officer_comments':
      record.chiefOfficerComments = append(record.chiefOfficerComments, texts);
      return null;
    case 'heading':
      return texts.join(' ').length > MAX_HEADING
        ? {
            code: 'DECISION_INVALID',
            message: `a heading is at most ${MAX_HEADING} characters; put this text somewhere else`,
          }
        : null;
    case 'drop':
      return decision.reason === undefined
        ? { code: 'DECISION_INCOMPLETE', message: 'say why this text is left out' }
        : null;
  }
}

/**
 * Each heading block heads the findings that start after its line, up to the next heading block: its
 * text becomes their area, under the framework's own names (and question) where the framework knows the
 * heading; a heading the framework knows as a pillar sets their pillar instead.
 */
export function applyHeadings(
  record: ResponseRecord,
  headings: readonly { line: number; text: string }[],
  findingLines: Readonly<Record<string, number>>,
) {
  const sorted = [...headings].sort((a, b) => a.line - b.line);
  sorted.forEach((heading, i) => {
    const end = sorted[i + 1]?.line ?? Infinity;
    const known = matchGroupHeading(heading.text, record.report.framework);
    for (const finding of record.findings) {
      const line = findingLines[finding.ref];
      if (line === undefined || line <= heading.line || line >= end) continue;
      finding.group =
        known?.pillar && !known.area
          ? { pillar: known.pillar, area: null, questionId: null }
          : {
              pillar: known?.pillar ?? finding.group.pillar,
              area: known?.area ?? heading.text,
              questionId: known?.questionId ?? null,
            };
    }
  });
}
