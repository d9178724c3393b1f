import type { Diagnostics } from '../diagnostics.js';
import { isNoneLine, matchFindingPrefix } from '../finding-lines.js';
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
  /** The field whose value the next lines continue, and which field it is (a refused second one too). */
  current: FieldValue | null;
  currentField: HeaderField | null;
  /** Past the first findings section: only section labels now start a field. */
  inSections: boolean;
  /** Whether a section's label is written again below the line. */
  labelLater: (field: HeaderField, after: number) => boolean;
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
    currentField: null,
    inSections: false,
    labelLater: sectionLabels(lines),
  };
  for (const line of lines) {
    // A statement before the findings ("Mayor's foreword" style): the first section label ends it.
    if (s.inComments && !s.inSections && opensSection(line)) s.inComments = null;
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

function sectionLabels(lines: readonly ScannedLine[]) {
  const at = lines.flatMap((line) => {
    const header = line.plain ? matchHeaderLine(line.text) : null;
    return header && SECTION_FIELDS.includes(header.field)
      ? [[header.field, line.no] as const]
      : [];
  });
  return (field: HeaderField, after: number) => at.some(([f, no]) => f === field && no > after);
}

/** "Recommendations\tNone": the section holds no findings, so no sub-heading belongs to it. */
function sectionIsNone(s: LayoutState): boolean {
  return s.current !== null && isNoneLine(plainValue(s.current.lines));
}

function opensSection(line: ScannedLine): boolean {
  const header = matchHeaderLine(line.text);
  return header !== null && SECTION_FIELDS.includes(header.field);
}

/** A one-line field that has its value, or none at all: a line here is not part of a value. */
function betweenFields(s: LayoutState): boolean {
  const c = s.current;
  if (!c) return true;
  const field = s.currentField;
  return field !== null && ONE_LINE_FIELDS.includes(field) && plainValue(c.lines) !== '';
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
  } else if (v.version && s.documentVersion !== null) {
    const message = `a second version label "${v.version}" (the first, "${s.documentVersion}", is kept)`;
    diagnostics.warn(line.no, 'documentVersion', 'UNEXPECTED_TEXT', message);
  } else if (v.version) s.documentVersion = v.version;
  return true;
}

/** `Label<TAB>value`: a new field (a second one of a kind is refused and its lines swallowed). */
function readHeaderLine(s: LayoutState, line: ScannedLine, diagnostics: Diagnostics): boolean {
  const header = matchHeaderLine(line.text) ?? plainHeaderLine(s, line);
  if (!header) return false;
  // Inside the findings, "Cause of concern: text" (or alone) is a finding, not the "Causes of concern" section.
  if (s.inSections && matchFindingPrefix(line.plain) !== null) return false;
  const isSection = SECTION_FIELDS.includes(header.field);
  if (s.inSections && !isSection) return false;
  // A section's label alone: a sub-heading where sections nest ("Recommendations" under each cause of
  // concern, in either section; "Areas for improvement" among the recommendations when that section's own
  // label comes later). Another section's label again inside its own section is a duplicate, flagged.
  if (
    s.inSections &&
    !header.value &&
    (s.currentField !== header.field || header.field === 'recommendations') &&
    (s.fields.has(header.field) || (s.labelLater(header.field, line.no) && !sectionIsNone(s)))
  )
    return false;
  const lines = header.value ? [{ no: line.no, text: header.value }] : [];
  const first = s.fields.get(header.field);
  s.current = { label: header.label, line: line.no, lines };
  s.currentField = header.field;
  if (first) {
    refuseSecond(first, header, line.no, diagnostics);
    return true;
  }
  s.fields.set(header.field, s.current);
  if (isSection) s.inSections = true;
  return true;
}

/**
 * In the header, a label set apart by HTML ("<p><strong>Force:</strong> Staffordshire</p>", "<h2>Summary</h2>")
 * is read from the line's text: a one-line field's value is plain anyway; a longer field's value starts below.
 */
function plainHeaderLine(s: LayoutState, line: ScannedLine) {
  if (s.inSections || line.plain === line.text.trim()) return null;
  const header = matchHeaderLine(line.plain);
  return header && (header.value === '' || ONE_LINE_FIELDS.includes(header.field)) ? header : null;
}

/**
 * A field given twice is an error; a second holder of an office under another title ("Mayor" then "Deputy
 * Mayor for Policing and Crime") is a warning: the record keeps one holder an office, the first.
 */
function refuseSecond(
  first: FieldValue,
  header: { field: HeaderField; label: string; value: string },
  no: number,
  diagnostics: Diagnostics,
) {
  const holder = header.field === 'commissioner' || header.field === 'chiefOfficer';
  if (holder && header.label !== first.label) {
    const message = `"${header.label}: ${header.value}" is a second holder of the office; the record keeps one, "${first.label}" on line ${first.line}`;
    diagnostics.warn(no, header.field, 'SECOND_OFFICE_HOLDER', message);
    return;
  }
  const message = `"${header.label}" appears twice (first on line ${first.line}); this one is ignored`;
  diagnostics.error(no, header.field, 'DUPLICATE_FIELD', message);
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
