import type { Diagnostics } from '../diagnostics.js';
import { matchFindingPrefix } from '../finding-lines.js';
import { isRecordTitle, isVersionLine, matchHeaderLine, type HeaderField } from '../labels.js';
import type { ScannedLine, SourceLine } from '../source/line-scan.js';
import { readCommentsLine, type CommentsState } from './comments-reader.js';

/** A header field's label, its line, and the lines of its value (the findings sections' lines too). */
export interface FieldValue {
  label: string;
  line: number;
  lines: SourceLine[];
}

export const SECTION_FIELDS: readonly HeaderField[] = [
  'recommendations',
  'causesOfConcern',
  'areasForImprovement',
];

/** What the layout reader knows between lines: the fields so far, the one being read, the comments. */
export interface LayoutState extends CommentsState {
  readonly fields: Map<HeaderField, FieldValue>;
  version: number | null;
  /** The field whose value the next lines continue. */
  current: FieldValue | null;
  /** Past the first findings section: only section labels now start a field. */
  inSections: boolean;
}

/**
 * The first pass over the lines: which lines are the title, the version, each header field's value,
 * each findings section, and the two comments. The values are read later, by the header, findings and
 * comments readers.
 */
export function readLayout(lines: readonly ScannedLine[], diagnostics: Diagnostics): LayoutState {
  const s: LayoutState = {
    fields: new Map(),
    comments: { commissioner: [], chiefOfficer: [] },
    commentHeadingLine: {},
    inComments: null,
    guessedCommentsFrom: null,
    version: null,
    current: null,
    inSections: false,
  };
  for (const line of lines) {
    if (readCommentsLine(s, line, diagnostics)) {
      s.current = null; // the header is over
      continue;
    }
    if (!line.plain) s.current?.lines.push({ no: line.no, text: '' });
    else if (!readPreamble(s, line, diagnostics) && !readHeaderLine(s, line, diagnostics))
      readContinuation(s, line, diagnostics);
  }
  return s;
}

/** The title line and "Version: 2", before any field. */
function readPreamble(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics): boolean {
  if (s.fields.size > 0 || s.current) return false;
  if (isRecordTitle(line.plain)) return true;
  const v = isVersionLine(line.plain);
  if (!v) return false;
  if (v.version && !/^\d{1,4}(\.0)?$/.test(v.version)) {
    diagnostics.error(line.no, 'version', 'BAD_VERSION', `"${v.version}" is not a version number`);
  } else if (v.version) s.version = Number.parseInt(v.version, 10) || null;
  return true;
}

/** `Label<TAB>value`: a new field (a second one of a kind is refused and its lines swallowed). */
function readHeaderLine(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics): boolean {
  const header = matchHeaderLine(line.text);
  if (!header) return false;
  // Inside the findings, "Cause of concern: text" (or alone) is a finding, not the "Causes of concern" section.
  if (s.inSections && matchFindingPrefix(line.plain) !== null) return false;
  const isSection = SECTION_FIELDS.includes(header.field);
  if (s.inSections && !isSection) return false;
  // A section's label again, alone ("Recommendations" under each cause of concern): a sub-heading.
  if (s.inSections && !header.value && s.fields.has(header.field)) return false;
  const first = s.fields.get(header.field);
  if (first) {
    diagnostics.error(
      line.no,
      header.field,
      'DUPLICATE_FIELD',
      `"${header.label}" appears twice (first on line ${first.line}); this one is ignored`,
    );
    s.current = { label: header.label, line: line.no, lines: [] };
    return true;
  }
  const lines = header.value ? [{ no: line.no, text: header.value }] : [];
  s.current = { label: header.label, line: line.no, lines };
  s.fields.set(header.field, s.current);
  if (isSection) s.inSections = true;
  return true;
}

/** Any other line continues the current field; before any field it is stray text. */
function readContinuation(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics) {
  if (s.current) {
    s.current.lines.push({ no: line.no, text: line.text });
    return;
  }
  diagnostics.warn(
    line.no,
    'header',
    'UNEXPECTED_TEXT',
    `"${line.plain.slice(0, 60)}" is not a field of the record; ignored`,
  );
}
