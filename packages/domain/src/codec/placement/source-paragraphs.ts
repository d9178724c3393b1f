import type { ResponseRecord } from '../../model/index.js';
import { englishPart } from '../bilingual.js';
import { Diagnostics } from '../diagnostics.js';
import {
  isCauseContextReset,
  isNoneLine,
  matchAcceptance,
  matchExplanationLabel,
  matchExplicitGroup,
  matchFindingPrefix,
  matchStatusLine,
  matchSupersedes,
  matchTitleLabel,
} from '../finding-lines.js';
import { parseGrades } from '../grades.js';
import { parseInspectionType, plainValue } from '../header-values.js';
import { splitHolder } from '../office-titles.js';
import {
  isRecordTitle,
  isVersionLine,
  matchCommentsHeading,
  matchHeaderLine,
  type HeaderField,
} from '../labels.js';
import { matchUpdateLabel } from '../update-labels.js';
import { collapseSpace } from '../normalise.js';
import { knownHeading } from '../readers/findings/heading-steps.js';
import type { LayoutState } from '../readers/record-layout.js';
import { splitBullet } from '../source/bullets.js';
import { isHtmlLine } from '../source/html-blocks.js';
import type { ScannedLine } from '../source/line-scan.js';
import { tableParagraphs } from './table-paragraphs.js';
import { textRuns } from './text-runs.js';

/** A paragraph of the source as coverage sees it: its content, with labels, bullets and tags taken off. */
export interface SourceParagraph {
  line: number;
  /** The field the paragraph's line belongs to ('header' before any field). */
  field: string;
  text: string;
  /** Where the draft keeps the text in its own words (a chief officer's name without the rank). */
  names?: string[];
  /** Short and unlabelled: if not found as written, it may be a heading kept under the framework's names. */
  heading?: boolean;
  /** Set where the field's own reader decides (a date, a link, a grade): whether it read the value. */
  placed?: boolean;
}

/** Given the value's plain text, the line as written (after the label), the draft and the field's label. */
type Typed = (
  value: string,
  raw: string,
  record: ResponseRecord,
  label: string,
) => Partial<SourceParagraph>;

/** Header values the record holds in another form than written (a date as ISO, a grade as a value). */
const TYPED: Partial<Record<HeaderField, Typed>> = {
  publishedOn: (_, __, r) => ({ placed: r.report.publishedOn !== null }),
  link: (_, __, r) => ({ placed: r.report.link !== null }),
  type: (value) => ({ placed: parseInspectionType(value) !== null }),
  grades: (value, raw, r) => {
    const scratch = new Diagnostics();
    parseGrades([{ no: 1, text: raw }], r.report.framework, scratch);
    return { placed: !scratch.hasErrors, ...(isNoneLine(value) && { text: '' }) };
  },
  // A title in the value is written into the holder's title in its own case; the name must be there as written.
  commissioner: (value) => ({ names: [splitHolder(value, 'commissioner').name] }),
  chiefOfficer: (value) => ({ names: [splitHolder(value, 'chief_officer').name] }),
  // "Heddlu Dyfed-Powys / Dyfed-Powys Police": the record names the organisation by its English half.
  organisation: (value) => ({ names: [englishPart(value)] }),
};

/** The source's paragraphs in line order, each with the field its line belongs to. */
export function sourceParagraphs(
  lines: readonly ScannedLine[],
  layout: LayoutState,
  record: ResponseRecord,
): SourceParagraph[] {
  const fieldOf = fieldsByLine(layout);
  const firstField = Math.min(...[...layout.fields.values()].map((f) => f.line));
  const out: SourceParagraph[] = [];
  let swallowedBy = 'header'; // lines the layout gave no field: those of a duplicate field, or stray
  const commentHeadings = new Set(Object.values(layout.commentHeadingLine));
  for (const line of lines) {
    if (!line.plain || commentHeadings.has(line.no)) continue; // a comments heading is structure
    const at = fieldOf.get(line.no);
    // A label set apart by HTML ("<strong>Force:</strong> …") is read from the line's text, as the layout does.
    const header =
      matchHeaderLine(line.text) ?? (at?.line === line.no ? matchHeaderLine(line.plain) : null);
    if (!at && header) swallowedBy = header.field;
    const field = at?.field ?? swallowedBy;
    if (line.no < firstField && isRecordTitle(line.plain)) continue;
    const version = line.no < firstField ? isVersionLine(line.plain) : null;
    if (version) {
      const placed = record.version !== null || record.documentVersion !== null;
      out.push({ line: line.no, field: 'version', text: version.version, placed });
      continue;
    }
    const content = header?.value ?? line.text;
    const typed = at && TYPED[at.field as HeaderField];
    if (typed) {
      const text = plainValue([{ no: line.no, text: content }]);
      out.push({ line: line.no, field, text, ...typed(text, content, record, at.label) });
      continue;
    }
    for (const block of blocksOf(line.no, content)) {
      out.push({ line: line.no, field, ...(block.placed ? block : contentOf(block)) });
    }
  }
  return out;
}

interface FieldAt {
  field: string;
  label: string;
  /** The line of the field's label. */
  line: number;
}

function fieldsByLine(layout: LayoutState): Map<number, FieldAt> {
  const map = new Map<number, FieldAt>();
  for (const [field, value] of layout.fields) {
    const at = { field, label: value.label, line: value.line };
    map.set(value.line, at);
    for (const l of value.lines) map.set(l.no, at);
  }
  for (const [field, lines] of Object.entries(layout.comments)) {
    for (const l of lines) map.set(l.no, { field: `${field}Comments`, label: '', line: 0 });
  }
  return map;
}

/** The paragraphs and list items of a line, bullets off; escaped ones are prose whatever they say. */
function blocksOf(
  no: number,
  content: string,
): { text: string; literal: boolean; placed?: boolean }[] {
  const trimmed = content.trimStart();
  const literal = trimmed.startsWith('\\');
  const body = literal ? trimmed.slice(1) : content;
  if (!literal && /^<table\b[\s\S]*<\/table>$/i.test(body.trim())) {
    return tableParagraphs(no, body.trim()).map((p) => ({ ...p, literal: false }));
  }
  if (isHtmlLine(body)) {
    return textRuns(body).map((text) => ({
      text: literal ? text : splitBullet(text).body,
      literal,
    }));
  }
  const text = collapseSpace(body);
  return [{ text: literal ? text : splitBullet(text).body, literal }];
}

const whole = (text: string) => ({ text });
// Headings are short (the reference's longest is under 300): long prose is not worth folding to compare.
const isShort = (text: string) => text.length <= 300;

/** A block's content: labels of the format are structure and count neither way. */
function contentOf(block: { text: string; literal: boolean }): {
  text: string;
  heading?: boolean;
} {
  const text = block.text;
  if (block.literal) return whole(text);
  const short = isShort(text);
  if (short && (isNoneLine(text) || isCauseContextReset(text) || isCommentsHeading(text)))
    return whole('');
  if (matchStatusLine(text)?.status) return whole('');
  const group = matchExplicitGroup(text);
  if (group) return whole(group.pillar ?? group.area ?? '');
  const supersedes = matchSupersedes(text) ?? matchTitleLabel(text);
  if (supersedes) return whole(supersedes);
  // "2.4 Professional standards AFIs (3)", "2.4.1 The force should …": the number is the finding's
  // reference or the heading's, kept or not as the findings reader decides; the text is what counts.
  const numbered = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)/.exec(text);
  if (numbered) return contentOf({ text: text.slice(numbered[0].length), literal: false });
  const label =
    matchUpdateLabel(text)?.length ??
    matchFindingPrefix(text)?.length ??
    matchAcceptance(text)?.length ??
    matchExplanationLabel(text);
  if (label !== null) return whole(text.slice(label).trim());
  return short ? { text, heading: true } : whole(text);
}

function isCommentsHeading(text: string): boolean {
  return /respon|comment/i.test(text) && matchCommentsHeading(text) !== null;
}

/** A known heading is kept under the framework's own names ("EFFECTIVENESS" as "Effectiveness"). */
export function headingNames(text: string, frameworkId: string | null): string[] | null {
  const heading = knownHeading(text, frameworkId);
  if (!heading || !(heading.pillar || heading.area)) return null;
  return [heading.pillar, heading.area].filter((n) => n !== null);
}
