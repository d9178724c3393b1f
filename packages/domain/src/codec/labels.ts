import { englishPart } from './bilingual.js';
import { collapseSpace, foldForMatching } from './normalise.js';
import { readOfficeTitle } from './office-titles.js';

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

/**
 * Labels seen in exports of the template and in offices' documents, folded (lower case, straight quotes).
 * The office holders' labels are their titles (`office-titles.ts`).
 */
const HEADER_LABELS: Record<string, HeaderField> = {
  force: 'organisation',
  'police force': 'organisation',
  'fire and rescue service': 'organisation',
  organisation: 'organisation',
  'force/service': 'organisation',
  'force / service': 'organisation',
  'name of force': 'organisation',
  'fire and rescue authority': 'organisation',
  'title of inspection': 'title',
  'inspection title': 'title',
  'title of report': 'title',
  'report title': 'title',
  'inspection report': 'title',
  'name of report': 'title',
  inspectorate: 'inspectorate',
  'date of publication': 'publishedOn',
  'report published': 'publishedOn',
  'date published': 'publishedOn',
  'publication date': 'publishedOn',
  'date of report': 'publishedOn',
  'report date': 'publishedOn',
  'date report published': 'publishedOn',
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
  'overall grades': 'grades',
  'graded judgements': 'grades',
  'grades awarded': 'grades',
  recommendations: 'recommendations',
  recommendation: 'recommendations',
  'causes of concern': 'causesOfConcern',
  'cause of concern': 'causesOfConcern',
  'areas for improvement': 'areasForImprovement',
  'area for improvement': 'areasForImprovement',
  afis: 'areasForImprovement',
  published: 'publishedOn',
  // Welsh labels written alone, without the English beside them.
  heddlu: 'organisation',
  'teitl yr arolygiad': 'title',
  'dyddiad cyhoeddi': 'publishedOn',
  crynodeb: 'summary',
  gradd: 'grades',
  argymhellion: 'recommendations',
  'achosion pryder': 'causesOfConcern',
  "meysydd i'w gwella": 'areasForImprovement',
};

/** Fields whose value is one line; the others (summary, grades, the sections) run on over lines. */
export const ONE_LINE_FIELDS: readonly HeaderField[] = [
  'organisation',
  'commissioner',
  'chiefOfficer',
  'title',
  'inspectorate',
  'publishedOn',
  'link',
  'type',
];

/** The field a label names, in any case, its English half if bilingual, an office title with its place. */
function matchLabel(text: string): { field: HeaderField; label: string } | null {
  const label = englishPart(collapseSpace(text));
  // An office's label is its holder's title, spelt the register's way.
  const commissioner = readOfficeTitle(label, 'commissioner', { anyPlace: true });
  if (commissioner) return { field: 'commissioner', label: commissioner };
  const chief = readOfficeTitle(label, 'chief_officer');
  if (chief) return { field: 'chiefOfficer', label: chief };
  const field = HEADER_LABELS[foldForMatching(label).replace(/:$/, '')];
  return field ? { field, label } : null;
}

/**
 * A header line: `Label<TAB>value`, `Label: value` (or several spaces for the tab), or the label alone
 * on its line with the value on the next (as Word, PDF and web documents write them).
 */
export function matchHeaderLine(
  line: string,
): { field: HeaderField; label: string; value: string } | null {
  const m =
    /^\s*([^\t:]{2,120}?)\s*(?:\t+|:\s*\t*| {3,})(.*)$/.exec(line) ??
    /^\s*([^\t:]{2,120}?)\s*:?\s*$/.exec(line);
  if (!m) return null;
  const match = matchLabel(m[1] ?? '');
  if (!match) return null;
  return { ...match, value: (m[2] ?? '').trim() };
}

/**
 * The header field a label names when a document sets it apart (a header table's first cell, a bold
 * "Grade:", a tab stop), or 'version'; null for any other text. Document adapters use it to write
 * `Label<TAB>value`.
 */
export function headerLabelField(label: string): HeaderField | 'version' | null {
  const text = label.trim().replace(/\s*:$/, '');
  if (isVersionLine(text)?.version === '') return 'version';
  return matchHeaderLine(`${text}\t-`)?.field ?? null;
}

/** A header field's label standing alone ("Force", "Police and Crime Commissioner", "Version"). */
export function isHeaderLabel(text: string): boolean {
  return headerLabelField(text) !== null;
}

/**
 * "Version: v1.1", "Version 3 (July 2023)", "Fersiwn / Version: 2.1": the office's own label, as written;
 * "Register version: 3" is the register's published version, written by its export.
 */
export function isVersionLine(line: string): { version: string; register: boolean } | null {
  const m =
    /^\s*(?:fersiwn\s*\/\s*)?(register\s+|document\s+)?version(?:\s+(?:number|no\.?))?\s*(?:[:\t]\s*|\s+(?=v?\d)|$)(.*)$/i.exec(
      line,
    );
  return m ? { version: (m[2] ?? '').trim(), register: /^register/i.test(m[1] ?? '') } : null;
}
export function isRecordTitle(line: string): boolean {
  const f = foldForMatching(line);
  return (
    f === foldForMatching(RECORD_TITLE) ||
    /^(pcc|pfcc|opcc) and (cc|cfo) .*inspection response record$/.test(f)
  );
}

export interface CommentsHeading {
  who: 'commissioner' | 'chiefOfficer';
}

/**
 * Headings that open the two comment sections, whoever speaks: "Chief Constable's response", "Mayor's
 * response", "Deputy Mayor's comments", "Response from the Police, Fire and Crime Commissioner", "Service
 * response", "Sylwadau'r Comisiynydd / Commissioner's comments" (the English half), "Ymateb y Prif Gwnstabl".
 */
export function matchCommentsHeading(text: string): CommentsHeading | null {
  const f = foldForMatching(englishPart(text)).replace(/[:.]$/, '').replace(/^the /, '');
  if (/^(ymateb|sylwadau)( y|'r) comisiynydd\b/.test(f)) return { who: 'commissioner' };
  if (/^(ymateb|sylwadau)( y|'r) prif (gwnstabl|swyddog)\b/.test(f)) return { who: 'chiefOfficer' };
  const m =
    /^(.+?)(?:'s|s'|')? (?:response|comments|comment|statement)(?: to the (?:report|inspection))?$/.exec(
      f,
    ) ?? /^(?:response|comments|comment|statement) (?:from|of|by) (?:the )?(.+)$/.exec(f);
  const who = m?.[1];
  if (!who) return null;
  if (
    /^(opcc|mopac|deputy mayor|mayor's office)$/.test(who) ||
    readOfficeTitle(who, 'commissioner', { anyPlace: true })
  )
    return { who: 'commissioner' };
  if (/^(service|fire and rescue service)$/.test(who) || readOfficeTitle(who, 'chief_officer'))
    return { who: 'chiefOfficer' };
  return null;
}
