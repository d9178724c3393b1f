import { parseHumanDate } from '../../clock/index.js';
import { WebLink, type OfficeHolder, type ResponseRecord } from '../../model/index.js';
import { detectFramework, findOrganisation } from '../../reference/index.js';
import type { Diagnostics } from '../diagnostics.js';
import {
  chiefOfficer,
  commissionerTitle,
  inferInspectionType,
  parseInspectionType,
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
  const name = valueOf(h, 'organisation');
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
  const commissioner: OfficeHolder = {
    office: 'commissioner',
    name: valueOf(h, 'commissioner'),
    title: commissionerTitle(h.fields.get('commissioner')?.label ?? ''),
    from: null,
    to: null,
  };
  const chiefLabel = h.fields.get('chiefOfficer')?.label ?? 'Chief Constable';
  const chief: OfficeHolder = {
    office: 'chief_officer',
    ...chiefOfficer(valueOf(h, 'chiefOfficer'), chiefLabel),
    from: null,
    to: null,
  };
  return { commissioner, chief };
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
  const publishedOn = readChecked(h, 'publishedOn', parseHumanDate, (t) => ({
    code: 'BAD_DATE',
    message: `"${t}" is not a date (write e.g. 7 February 2020)`,
  }));
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
