import { formatLongDate } from '../clock/human-date.js';
import { isValidCalendarDate } from '../clock/calendar-date.js';
import {
  ACCEPTANCE_LABELS,
  CAUSE_OF_CONCERN_STATUS_LABELS,
  DATE_PRECISION_LABELS,
  FINDING_KIND_LABELS,
  FINDING_STATUS_LABELS,
  GRADE_VALUE_LABELS,
  INSPECTION_TYPE_LABELS,
  ORGANISATION_KIND_LABELS,
  PUBLICATION_STATUS_LABELS,
  RECORDED_DATE_LABELS,
  REPORT_DETAIL_LABELS,
  ROLE_LABELS,
  UPDATE_AUTHOR_LABELS,
  VISIBILITY_LABELS,
} from '../model/labels.js';
import { richTextToPlainText } from '../rich-text/plain-text.js';
import type { DocumentFormat } from '../codec/sniff-format.js';

/** One field of an audited change in words: "Status: In progress → Closed". Null: not set on that side. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** The names of the people and organisations an audit event refers to by id. */
export type AuditNames = ReadonlyMap<string, string>;

type Show = (value: unknown, names: AuditNames) => string | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;

/** Text as written; a calendar date as "7 February 2020"; never an id or a structure. */
const text: Show = (v) => {
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  const s = str(v);
  if (s === null || UUID.test(s)) return null;
  return isValidCalendarDate(s) ? formatLongDate(s) : s;
};

const rich: Show = (v) => (typeof v === 'string' ? richTextToPlainText(v) : null);

const labelled =
  (labels: Readonly<Record<string, string>>): Show =>
  (v) => {
    const s = str(v);
    return s === null ? null : (labels[s] ?? s.replace(/_/g, ' '));
  };

const named: Show = (v, names) => {
  const s = str(v);
  return s === null ? null : (names.get(s) ?? 'someone no longer on the register');
};

const list =
  (each: Show): Show =>
  (v, names) =>
    Array.isArray(v)
      ? v
          .map((x: unknown) => each(x, names))
          .filter((x): x is string => x !== null)
          .join(', ') || 'none'
      : null;

const officeHolder: Show = (v) =>
  isObject(v) ? [str(v.title), str(v.name)].filter(Boolean).join(' ') || null : null;

const grade: Show = (v) => {
  if (!isObject(v) || !isObject(v.scope)) return null;
  const s = v.scope;
  const scope = s.level === 'overall' ? 'Overall' : (str(s.pillar) ?? str(s.area) ?? '');
  return `${scope}: ${labelled(GRADE_VALUE_LABELS)(v.value, new Map()) ?? ''}`;
};

const closure: Show = (v) =>
  isObject(v) ? (v.basis === 'hmicfrs' ? 'HMICFRS closed it' : 'An approver is assured') : null;

const inspectorateStatus: Show = (v) =>
  isObject(v) ? `${str(v.status) ?? ''} on ${text(v.on, new Map()) ?? ''}` : null;

/** A whole record (an import's): its report and how many findings, not every word. */
const record: Show = (v) => {
  if (!isObject(v)) return null;
  const findings = Array.isArray(v.findings) ? v.findings.length : 0;
  const title = isObject(v.report) ? str(v.report.title) : null;
  return `${title ?? 'A response record'}, with ${findings} ${findings === 1 ? 'finding' : 'findings'}`;
};

const count =
  (one: string, many: string): Show =>
  (v) => {
    const n = Array.isArray(v) ? v.length : typeof v === 'number' ? v : null;
    return n === null ? null : `${n} ${n === 1 ? one : many}`;
  };

/** How each field an audit event records is named and shown; null: never shown (ids, bookkeeping). */
const FIELDS: Record<string, { label: string; show: Show } | null> = {
  status: {
    label: 'Status',
    show: labelled({ ...FINDING_STATUS_LABELS, ...PUBLICATION_STATUS_LABELS }),
  },
  causeStatus: { label: 'Cause of concern', show: labelled(CAUSE_OF_CONCERN_STATUS_LABELS) },
  inspectorateStatus: { label: "HMICFRS's status", show: inspectorateStatus },
  reason: { label: 'Reason', show: text },
  supersededBy: { label: 'Superseded by', show: text },
  closure: { label: 'Closed because', show: closure },
  visibility: { label: 'Visibility', show: labelled(VISIBILITY_LABELS) },
  targetDate: { label: 'Target date', show: text },
  ownerUserId: { label: 'Owner', show: named },
  ownerTeam: { label: 'Owning team', show: text },
  order: { label: 'Order of findings', show: (v) => (Array.isArray(v) ? v.join(' ') : null) },
  ref: { label: 'Reference', show: text },
  kind: { label: 'Kind', show: labelled({ ...FINDING_KIND_LABELS, ...ORGANISATION_KIND_LABELS }) },
  title: { label: 'Title', show: text },
  text: { label: 'Text', show: rich },
  pillar: { label: 'Pillar', show: text },
  area: { label: 'Area', show: text },
  acceptancePosition: { label: 'Acceptance', show: labelled(ACCEPTANCE_LABELS) },
  acceptanceExplanation: { label: 'Explanation', show: rich },
  subItems: {
    label: 'Sub-items',
    show: list((x, names) => (isObject(x) ? rich(x.text, names) : null)),
  },
  reference: { label: "The report's reference", show: text },
  deadlinePhrase: { label: 'Deadline', show: text },
  supersedes: { label: 'Supersedes', show: text },
  date: { label: 'Date', show: text },
  datePrecision: { label: 'Precision of the date', show: labelled(DATE_PRECISION_LABELS) },
  author: { label: 'Author', show: labelled(UPDATE_AUTHOR_LABELS) },
  summary: { label: 'Summary', show: rich },
  commissionerComments: { label: "Commissioner's comments", show: rich },
  chiefOfficerComments: { label: "Chief officer's comments", show: rich },
  grades: { label: 'Grades', show: list(grade) },
  commissioner: { label: 'Commissioner', show: officeHolder },
  chiefOfficer: { label: 'Chief officer', show: officeHolder },
  documentVersion: { label: 'Document version', show: text },
  version: { label: 'Version', show: text },
  draftVersion: { label: 'Draft version', show: text },
  latestPublishedVersion: { label: 'Latest published version', show: text },
  firstPublishedOn: { label: 'First published on', show: text },
  changesRequestedReason: { label: 'Changes requested', show: text },
  publicationDateUnknownReason: { label: "Why the report's date is not known", show: text },
  ...Object.fromEntries(
    Object.entries(RECORDED_DATE_LABELS).map(([k, label]) => [k, { label, show: text }]),
  ),
  ...Object.fromEntries(
    Object.entries(REPORT_DETAIL_LABELS).map(([k, label]) => [k, { label, show: text }]),
  ),
  type: { label: REPORT_DETAIL_LABELS.type, show: labelled(INSPECTION_TYPE_LABELS) },
  forces: { label: REPORT_DETAIL_LABELS.forces, show: list(named) },
  correction: { label: 'Shown on the public page as a correction', show: text },
  role: { label: 'Role', show: labelled(ROLE_LABELS) },
  email: { label: 'Email', show: text },
  disabled: { label: 'Disabled', show: text },
  name: { label: 'Name', show: text },
  slug: { label: 'Short name', show: text },
  aliases: { label: 'Also known as', show: list(text) },
  source: { label: 'Source', show: text },
  ip: { label: 'From address', show: text },
  failures: { label: 'Failed attempts', show: text },
  record: { label: 'Record', show: record },
  decisions: { label: 'Review decisions', show: count('decision', 'decisions') },
  fileName: { label: 'File', show: text },
  format: {
    label: 'Format',
    show: labelled({
      'record-text': 'Record text',
      docx: 'Word document',
      pdf: 'PDF',
      html: 'Web page',
      unknown: 'Not known',
    } satisfies Record<DocumentFormat, string>),
  },
  records: { label: 'Records', show: text },
  keptForDays: { label: 'Kept for (days)', show: text },
  outcome: {
    label: 'Outcome',
    show: labelled({
      created: 'A new record',
      replaced_draft: 'Replaced the draft',
      new_version: 'The next version',
    }),
  },
  letterDate: { label: "Date of HMICFRS's letter", show: text },
  letterLink: { label: "HMICFRS's letter", show: text },
  updates: { label: 'Updates', show: count('update', 'updates') },
  findingId: null,
  rowVersion: null,
  questionId: null,
  pendingImportId: null,
  lastEditorId: null,
  reassigned: null,
  query: null,
};

/** "commentsDueOn" -> "Comments due on", for a field this table does not know yet. */
const humanise = (key: string) => {
  const words = key
    .replace(/([A-Z])/g, ' $1')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * An event's fields, alike on both sides: a whole response record (an import's) is one field, summarised;
 * a finding's acceptance and group are compared by their parts, as an edit's columns record them.
 */
function fieldsOf(v: unknown): Record<string, unknown> {
  if (!isObject(v)) return {};
  if (Array.isArray(v.findings) && isObject(v.report)) return { record: v };
  const { acceptance, group, ...rest } = v;
  return {
    ...rest,
    ...(acceptance !== undefined && {
      acceptancePosition: isObject(acceptance) ? acceptance.position : null,
      acceptanceExplanation: isObject(acceptance) ? acceptance.explanation : null,
    }),
    ...(isObject(group) && {
      pillar: group.pillar,
      area: group.area,
      questionId: group.questionId,
    }),
  };
}

/**
 * What an audit event changed, field by field, in words: labels for enum values, long dates,
 * rich text as plain text, people and organisations by name, never an id or raw JSON. A field
 * missing from `after` (while there is an `after`) was not changed; one missing from `before`
 * was set by the change.
 *
 * @example
 * auditChanges({ status: 'in_progress' }, { status: 'closed', reason: null }, new Map());
 * // [{ field: 'Status', before: 'In progress', after: 'Closed' }]
 */
export function auditChanges(before: unknown, after: unknown, names: AuditNames): AuditChange[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: AuditChange[] = [];
  for (const key of keys) {
    const field = key in FIELDS ? FIELDS[key] : { label: humanise(key), show: text };
    if (!field) continue;
    if (after !== null && after !== undefined && !(key in b)) continue;
    const x = a[key] === null || a[key] === undefined ? null : field.show(a[key], names);
    const y = b[key] === null || b[key] === undefined ? null : field.show(b[key], names);
    if (x === y) continue;
    changes.push({ field: field.label, before: x, after: y });
  }
  return changes;
}

/** The ids of people and organisations `auditChanges` will name: look them up before calling it. */
export function auditNamedIds(
  before: unknown,
  after: unknown,
): { people: string[]; organisations: string[] } {
  const people = new Set<string>();
  const organisations = new Set<string>();
  for (const side of [fieldsOf(before), fieldsOf(after)]) {
    if (typeof side.ownerUserId === 'string') people.add(side.ownerUserId);
    if (Array.isArray(side.forces))
      for (const id of side.forces) if (typeof id === 'string') organisations.add(id);
  }
  return { people: [...people], organisations: [...organisations] };
}
