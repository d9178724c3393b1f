import { parseHumanDate } from '../clock/index.js';
import { englishPart } from '../codec/bilingual.js';
import { inferInspectionType, parseInspectionType } from '../codec/header-values.js';
import { splitHolder } from '../codec/office-titles.js';
import { collapseSpace } from '../codec/normalise.js';
import { REVIEW_HEADER_FIELD_LABELS } from '../model/labels.js';
import {
  OfficeHolder,
  ReportDetails,
  WebLink,
  type Office,
  type ResponseRecord,
} from '../model/index.js';
import { findOrganisation } from '../reference/index.js';
import type { ReviewHeaderField } from './decisions.js';

/** The field name the parser gives a header field's diagnostics and unplaced blocks. */
export const PARSER_FIELD: Record<ReviewHeaderField, string> = {
  reportTitle: 'title',
  publishedOn: 'publishedOn',
  link: 'link',
  type: 'type',
  organisation: 'organisation',
  commissioner: 'commissioner',
  chiefOfficer: 'chiefOfficer',
  documentVersion: 'version',
};

/** What a header decision found wrong with its value, or had to say about it. */
export interface HeaderProblem {
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

type Setter = (record: ResponseRecord, value: string) => HeaderProblem | null;

const error = (code: string, message: string): HeaderProblem => ({
  severity: 'error',
  code,
  message,
});

const fits = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

function holder(office: Office, key: 'commissioner' | 'chiefOfficer'): Setter {
  return (record, value) => {
    if (value === '') return error('MISSING_FIELD', 'a response names who holds this office');
    const held = splitHolder(value, office);
    const next = { ...record[key], name: held.name, title: held.title ?? record[key].title };
    if (!fits(OfficeHolder, next)) return error('INVALID_VALUE', 'the name is too long');
    record[key] = next;
    return null;
  };
}

const SETTERS: Record<ReviewHeaderField, Setter> = {
  reportTitle: (record, value) => {
    if (value === '') return error('MISSING_FIELD', 'a report has a title');
    if (!fits(ReportDetails.shape.title, value))
      return error('INVALID_VALUE', 'the title is longer than 500 characters');
    // The framework stays the one the source's title named: the grades were read under it.
    record.report.title = value;
    return null;
  },
  publishedOn: (record, value) => {
    const date = value === '' ? null : parseHumanDate(value);
    if (value !== '' && date === null)
      return error('BAD_DATE', `"${value}" is not a date (write e.g. 7 February 2020)`);
    record.report.publishedOn = date;
    return null;
  },
  link: (record, value) => {
    if (value !== '' && !fits(WebLink, value))
      return error('BAD_LINK', `"${value}" is not an http(s) link`);
    record.report.link = value === '' ? null : value;
    return null;
  },
  type: (record, value) => {
    // Cleared, the type is what the title implies, as when the source gives none.
    const type =
      value === ''
        ? inferInspectionType(record.report.title, record.report.framework)
        : parseInspectionType(value);
    if (type === null) return error('UNKNOWN_TYPE', `"${value}" is not an inspection type`);
    record.report.type = type;
    return null;
  },
  organisation: (record, value) => {
    const name = englishPart(value);
    if (name === '') return error('MISSING_FIELD', 'a response names its force or service');
    if (name.length > 200) return error('INVALID_VALUE', 'the name is longer than 200 characters');
    const known = findOrganisation(name);
    record.organisation = {
      name,
      slug: known?.slug ?? null,
      kind: known?.kind ?? record.organisation.kind,
    };
    if (known) return null;
    return {
      severity: 'warning',
      code: 'UNKNOWN_ORGANISATION',
      message: `"${name}" is not a police force or fire and rescue service we know; check the spelling`,
    };
  },
  commissioner: holder('commissioner', 'commissioner'),
  chiefOfficer: holder('chief_officer', 'chiefOfficer'),
  documentVersion: (record, value) => {
    if (value.length > 40)
      return error('INVALID_VALUE', 'the version is longer than 40 characters');
    record.documentVersion = value === '' ? null : value;
    return null;
  },
};

/**
 * Sets a header field of `record` (in place) to the value the reviewer typed, read as the parser
 * reads that field; a value it cannot take leaves the field as it was. The problem, if any, names the
 * field by its label.
 */
export function applyHeaderValue(
  record: ResponseRecord,
  field: ReviewHeaderField,
  typed: string,
): HeaderProblem | null {
  const problem = SETTERS[field](record, collapseSpace(typed));
  if (!problem) return null;
  return { ...problem, message: `${REVIEW_HEADER_FIELD_LABELS[field]}: ${problem.message}` };
}
