import { parseHumanDate } from '../../clock/index.js';
import {
  WebLink,
  type CalendarDate,
  type OfficeHolder,
  type ResponseRecord,
} from '../../model/index.js';
import { detectFramework, findOrganisation } from '../../reference/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { englishPart } from '../bilingual.js';
import {
  inferInspectionType,
  parseInspectionType,
  officeHolder,
  plainValue,
} from '../header-values.js';
import type { HeaderField } from '../labels.js';
import type { FieldValue } from './record-layout.js';

/** The header fields as the reader found them, and the line to point at when a field is missing. */
export interface HeaderFields {
  readonly fields: ReadonlyMap<HeaderField, FieldValue>;
  readonly headerEnd: number;
  readonly diagnostics: Diagnostics;
}

const REQUIRED: [HeaderField, string][] = [
  ['organisation', 'Force'],
  ['commissioner', 'Police and Crime Commissioner'],
  ['chiefOfficer', 'Chief Constable'],
  ['title', 'Title of inspection'],
];

function valueOf(h: HeaderFields, field: HeaderField): string {
  return plainValue(h.fields.get(field)?.lines ?? []);
}

export function checkRequired(h: HeaderFields, lineCount: number) {
  for (const [field, label] of REQUIRED) {
    const value = h.fields.get(field);
    if (!value || plainValue(value.lines) === '') {
      const line = value?.line ?? h.headerEnd;
      h.diagnostics.error(line, field, 'MISSING_FIELD', `the "${label}" field is missing or empty`);
    }
  }
  if (!h.fields.has('recommendations') && !h.fields.has('areasForImprovement')) {
    h.diagnostics.warn(
      lineCount,
      'findings',
      'NO_FINDINGS_SECTIONS',
      'neither "Recommendations" nor "Areas for improvement" was found; is the file complete?',
    );
  }
}

export function readOrganisation(h: HeaderFields): ResponseRecord['organisation'] {
  // "Heddlu Dyfed-Powys / Dyfed-Powys Police": the English name is the one the register uses.
  const name = englishPart(valueOf(h, 'organisation'));
  const field = h.fields.get('organisation');
  const known = name ? findOrganisation(name) : null;
  if (name && !known) {
    h.diagnostics.warn(
      field!.line,
      'organisation',
      'UNKNOWN_ORGANISATION',
      `"${name}" is not a police force or fire and rescue service we know; check the spelling`,
    );
  }
  const kind =
    known?.kind ?? (field && /fire/i.test(field.label) ? 'fire_service' : 'police_force');
  return { name, slug: known?.slug ?? null, kind };
}

export function readOfficeHolders(h: HeaderFields): {
  commissioner: OfficeHolder;
  chief: OfficeHolder;
} {
  const commissioner = officeHolder(
    valueOf(h, 'commissioner'),
    h.fields.get('commissioner')?.label ?? '',
    'commissioner',
  );
  const chief = officeHolder(
    valueOf(h, 'chiefOfficer'),
    h.fields.get('chiefOfficer')?.label ?? '',
    'chief_officer',
  );
  return {
    commissioner: {
      office: 'commissioner',
      name: commissioner.name,
      title: commissioner.title,
      from: null,
      to: null,
    },
    chief: { office: 'chief_officer', title: chief.title, name: chief.name, from: null, to: null },
  };
}

/** The report: its title, inspectorate, type, framework, date and link. */
export function readReport(h: HeaderFields): ResponseRecord['report'] {
  const title = valueOf(h, 'title');
  const framework = detectFramework(title)?.id ?? null;
  let inspectorate = valueOf(h, 'inspectorate');
  if (!inspectorate) {
    h.diagnostics.warn(
      h.fields.get('inspectorate')?.line ?? h.headerEnd,
      'inspectorate',
      'MISSING_FIELD',
      'no "Inspectorate" field; HMICFRS assumed',
    );
    inspectorate = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services";
  }
  const publishedOn = readChecked(
    h,
    'publishedOn',
    (t) => readPublicationDate(h, t),
    (t) => ({
      code: 'BAD_DATE',
      message: `"${t}" is not a date (write e.g. 7 February 2020)`,
    }),
  );
  const link = readChecked(
    h,
    'link',
    (t) => (WebLink.safeParse(t).success ? t : null),
    (t) => ({
      code: 'BAD_LINK',
      message: `"${t}" is not an http(s) link`,
    }),
  );
  const type =
    readChecked(h, 'type', parseInspectionType, (t) => ({
      code: 'UNKNOWN_TYPE',
      message: `"${t}" is not an inspection type`,
    })) ?? inferInspectionType(title, framework);
  return { title, inspectorate, type, framework, publishedOn, link };
}

/** An optional field read by `parse`; a value it refuses is an error at the field's line. */
function readChecked<T>(
  h: HeaderFields,
  field: HeaderField,
  parse: (text: string) => T | null,
  refusal: (text: string) => { code: string; message: string },
): T | null {
  const text = valueOf(h, field);
  if (!text) return null;
  const value = parse(text);
  if (value === null) {
    const { code, message } = refusal(text);
    h.diagnostics.error(h.fields.get(field)!.line, field, code, message);
  }
  return value;
}

/**
 * A report is published on a day, and the statutory clock counts from it; a document that gives only the
 * month ("May 2025") gets the 1st, with a warning so a person puts in the day.
 */
function readPublicationDate(h: HeaderFields, text: string): CalendarDate | null {
  const day = parseHumanDate(text);
  if (day || !/^[a-z]+\.? \d{4}$/i.test(text.trim())) return day;
  const first = parseHumanDate(`1 ${text}`);
  if (first) {
    h.diagnostics.warn(
      h.fields.get('publishedOn')!.line,
      'publishedOn',
      'MONTH_ONLY_DATE',
      `"${text}" gives the month but not the day; 1 ${text} is taken. Put in the day the report was published`,
    );
  }
  return first;
}
