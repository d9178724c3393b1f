import type { Diagnostics } from '../diagnostics.js';
import { matchFindingPrefix } from '../finding-lines.js';
import { plainValue } from '../header-values.js';
import {
  isRecordTitle,
  isVersionLine,
  matchHeaderLine,
  ONE_LINE_FIELDS,
  type HeaderField,
} from '../labels.js';
import { splitHolder } from '../office-titles.js';
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
  /** "Register version: 3": the register's own published version, from its export. */
  version: number | null;
  /** "Version: v1.1": the office's own label, as written. */
  documentVersion: string | null;
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
    documentVersion: null,
    current: null,
    inSections: false,
  };
  for (const line of lines) {
    if (readCommentsLine(s, line, diagnostics)) {
      s.current = null; // the header is over
      continue;
    }
    if (!line.plain) s.current?.lines.push({ no: line.no, text: '' });
    else if (
      !readPreamble(s, line, diagnostics) &&
      !readHeaderLine(s, line, diagnostics) &&
      !readHolderLine(s, line)
    )
      readContinuation(s, line, diagnostics);
  }
  return s;
}

/** A one-line field that has its value, or none at all: a line here is not part of a value. */
function betweenFields(s: LayoutState): boolean {
  const c = s.current;
  if (!c) return true;
  const field = [...s.fields].find(([, v]) => v === c)?.[0];
  return field !== undefined && ONE_LINE_FIELDS.includes(field) && plainValue(c.lines) !== '';
}

/** The title line (before any field) and a version line (anywhere in the header, between fields). */
function readPreamble(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics): boolean {
  if (s.fields.size === 0 && !s.current && isRecordTitle(line.plain)) return true;
  if (s.inSections || !betweenFields(s)) return false;
  const v = isVersionLine(line.plain);
  if (!v) return false;
  s.current = null;
  if (v.register) {
    if (!/^\d{1,4}$/.test(v.version) || Number(v.version) === 0) {
      const message = `"${v.version}" is not a version number of the register`;
      diagnostics.error(line.no, 'version', 'BAD_VERSION', message);
    } else s.version = Number(v.version);
  } else if (v.version.length > 40) {
    const message = `"${v.version.slice(0, 60)}" is too long for a version label; ignored`;
    diagnostics.warn(line.no, 'documentVersion', 'UNEXPECTED_TEXT', message);
  } else if (v.version) s.documentVersion ??= v.version;
  return true;
}

/** `Label<TAB>value`: a new field (a second one of a kind is refused and its lines swallowed). */
function readHeaderLine(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics): boolean {
  const header = matchHeaderLine(line.text);
  if (!header) return false;
  // Inside the findings, "Cause of concern: text" is a finding, not the "Causes of concern" section.
  if (s.inSections && header.value && matchFindingPrefix(line.plain) !== null) return false;
  const isSection = SECTION_FIELDS.includes(header.field);
  if (s.inSections && !isSection) return false;
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

/**
 * A holder written without a label, "Andy Burnham, Mayor of Greater Manchester", between fields: the
 * commissioner's or chief officer's field when that is not there yet.
 */
function readHolderLine(s: LayoutState, line: ScannedLine): boolean {
  if (s.inSections || !betweenFields(s) || line.plain !== line.text.trim()) return false;
  for (const [office, field] of [
    ['commissioner', 'commissioner'],
    ['chief_officer', 'chiefOfficer'],
  ] as const) {
    const held = splitHolder(line.plain, office);
    if (!held.title || !looksLikeName(held.name) || s.fields.has(field)) continue;
    s.fields.set(field, {
      label: held.title,
      line: line.no,
      lines: [{ no: line.no, text: held.name }],
    });
    s.current = null;
    return true;
  }
  return false;
}

/** One to six words, each capitalised or a particle ("de", "van"): a name, not a sentence. */
function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length <= 6 &&
    words.every((w) => /^(?:[A-Z][\p{L}'’.-]*|de|van|von|der|la|le|du|da|di|ap)$/u.test(w))
  );
}

/**
 * Any other line continues a field that runs on over lines (the summary, grades, a section) or gives the
 * value of a one-line field whose label stood alone; otherwise it is not part of the record's header.
 */
function readContinuation(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics) {
  if (s.current && !betweenFields(s)) {
    s.current.lines.push({ no: line.no, text: line.text });
    return;
  }
  s.current = null;
  diagnostics.warn(
    line.no,
    'header',
    'UNEXPECTED_TEXT',
    `"${line.plain.slice(0, 60)}" is not a field of the record; ignored`,
  );
}
