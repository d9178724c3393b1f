import type { UpdateAuthor } from '../model/index.js';
import { foldForMatching } from './normalise.js';

export const RECORD_TITLE = 'PCC and CC Force Inspection response record';

/** Header fields of the record format, keyed by what the parser fills. */
export type HeaderField =
  | 'organisation'
  | 'commissioner'
  | 'chiefOfficer'
  | 'title'
  | 'inspectorate'
  | 'publishedOn'
  | 'link'
  | 'type'
  | 'summary'
  | 'grades'
  | 'recommendations'
  | 'causesOfConcern'
  | 'areasForImprovement';

/** Labels seen in exports of the template, folded (lower case, straight quotes). */
const HEADER_LABELS: Record<string, HeaderField> = {
  force: 'organisation',
  'police force': 'organisation',
  'fire and rescue service': 'organisation',
  organisation: 'organisation',
  'police and crime commissioner': 'commissioner',
  'police, fire and crime commissioner': 'commissioner',
  'police fire and crime commissioner': 'commissioner',
  commissioner: 'commissioner',
  pcc: 'commissioner',
  pfcc: 'commissioner',
  mayor: 'commissioner',
  'deputy mayor for policing and crime': 'commissioner',
  'chief constable': 'chiefOfficer',
  'chief officer': 'chiefOfficer',
  'chief fire officer': 'chiefOfficer',
  'commissioner of police': 'chiefOfficer',
  'title of inspection': 'title',
  'inspection title': 'title',
  'title of report': 'title',
  inspectorate: 'inspectorate',
  'date of publication': 'publishedOn',
  'report published': 'publishedOn',
  'date published': 'publishedOn',
  'publication date': 'publishedOn',
  link: 'link',
  'report link': 'link',
  'link to report': 'link',
  'type of inspection': 'type',
  'inspection type': 'type',
  'summary of inspection': 'summary',
  summary: 'summary',
  grade: 'grades',
  grades: 'grades',
  'overall grade': 'grades',
  recommendations: 'recommendations',
  recommendation: 'recommendations',
  'causes of concern': 'causesOfConcern',
  'cause of concern': 'causesOfConcern',
  'areas for improvement': 'areasForImprovement',
  'area for improvement': 'areasForImprovement',
  afis: 'areasForImprovement',
};

/** A header line is `Label<TAB>value`; some exports use a colon or several spaces instead. */
export function matchHeaderLine(
  line: string,
): { field: HeaderField; label: string; value: string } | null {
  const m =
    /^\s*([^\t:]{2,60}?)\s*(?:\t+|:\s*\t*| {3,})(.*)$/.exec(line) ??
    /^\s*([^\t:]{2,60}?)\s*$/.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const field = HEADER_LABELS[foldForMatching(label)];
  if (!field) return null;
  const value = (m[2] ?? '').trim();
  // A bare label line ("Recommendations") only counts for fields that head a section.
  if (
    m[2] === undefined &&
    field !== 'recommendations' &&
    field !== 'areasForImprovement' &&
    field !== 'causesOfConcern' &&
    field !== 'summary'
  ) {
    return null;
  }
  return { field, label, value };
}

/**
 * The header field a label names when a document sets it apart (a header table's first cell, a bold
 * "Grade:"), or 'version'; null for any other text. Document adapters use it to write `Label<TAB>value`.
 */
export function headerLabelField(label: string): HeaderField | 'version' | null {
  const text = label.trim().replace(/\s*:$/, '');
  if (/^version$/i.test(text)) return 'version';
  return matchHeaderLine(`${text}\t-`)?.field ?? null;
}

export function isVersionLine(line: string): { version: string } | null {
  const m = /^\s*version\s*[:\t]?\s*(.*)$/i.exec(line);
  return m ? { version: (m[1] ?? '').trim() } : null;
}

export function isRecordTitle(line: string): boolean {
  const f = foldForMatching(line);
  return (
    f === foldForMatching(RECORD_TITLE) ||
    /^(pcc|pfcc|opcc) and (cc|cfo) .*inspection response record$/.test(f)
  );
}

const UPDATE_AUTHORS: Record<string, UpdateAuthor> = {
  force: 'force',
  police: 'force',
  progress: 'force',
  opcc: 'opcc',
  pcc: 'opcc',
  pfcc: 'opcc',
  commissioner: 'opcc',
  "commissioner's": 'opcc',
  hmicfrs: 'hmicfrs',
  hmic: 'hmicfrs',
  inspectorate: 'hmicfrs',
};

export interface UpdateLabel {
  author: UpdateAuthor;
  internal: boolean;
  dateText: string | null;
  /** Length of the label in the plain text, to strip it from the block. */
  length: number;
}

/**
 * "Force Update:", "OPCC update (12 March 2021):", "HMICFRS Update, 01/04/2022 (internal):", "Update:".
 * The colon is required unless the label is alone on its line, so prose starting "Force updates are" is prose.
 */
export function matchUpdateLabel(text: string): UpdateLabel | null {
  const m =
    /^\s*(?:([A-Za-z']+)\s+)?update\s*(?:[,(]\s*([^():]*?)\s*\)?)?\s*(\(internal\))?\s*(?::|\s*$)/i.exec(
      text,
    );
  if (!m) return null;
  const who = (m[1] ?? 'force').toLowerCase();
  const author = UPDATE_AUTHORS[who];
  if (!author) return null;
  let dateText = m[2]?.trim() || null;
  let internal = Boolean(m[3]);
  if (dateText && /^internal$/i.test(dateText)) {
    dateText = null;
    internal = true;
  }
  return { author, internal, dateText, length: m[0].length };
}

export interface CommentsHeading {
  who: 'commissioner' | 'chiefOfficer';
}

/** Headings that open the two comment sections ("Chief Constable's response"). */
export function matchCommentsHeading(text: string): CommentsHeading | null {
  const f = foldForMatching(text).replace(/[:.]$/, '');
  if (
    /^(the )?(acting |temporary |interim )?(chief constable|chief officer|chief fire officer|commissioner of police)('s|s')? (response|comments|comment)( to the report)?$/.test(
      f,
    )
  ) {
    return { who: 'chiefOfficer' };
  }
  if (
    /^(the )?(police and crime commissioner|police, fire and crime commissioner|commissioner|pcc|pfcc|opcc|mayor)('s|s')? (response|comments|comment)( to the report)?$/.test(
      f,
    )
  ) {
    return { who: 'commissioner' };
  }
  return null;
}
