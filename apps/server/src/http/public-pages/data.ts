import {
  DatePrecision,
  FindingKind,
  FindingStatus,
  GradeValue,
  InspectionType,
  richTextToPlainText,
} from '@irr/domain';
import type { Out } from './api.js';
import { LICENCE, OGL_URL } from '@irr/public/server';

type FindingRow = Out<'findingsData'>[number];
type ResponseRow = Out<'responsesData'>[number];

/** A column's Table Schema type: dates are YYYY-MM-DD, datetimes ISO 8601 in UTC, booleans true/false. */
type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'datetime';

export interface Column<Row> {
  name: string;
  description: string;
  type: FieldType;
  /** A string's format, as Table Schema and JSON Schema both name it. */
  format?: 'uuid' | 'uri';
  /** The register's codes, when the column holds one of them. */
  values?: readonly string[];
  /** Never empty (null in JSON). */
  required?: true;
  value: (row: Row, origin: string) => string | number | boolean | null;
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** The columns of findings.csv and the fields of findings.json, in order; documented in docs/open-data.md. */
export const FINDING_COLUMNS: Column<FindingRow>[] = [
  {
    name: 'finding_id',
    type: 'string',
    format: 'uuid',
    required: true,
    description: 'Stable identifier of the finding',
    value: (r) => r.findingId,
  },
  {
    name: 'force_slug',
    type: 'string',
    required: true,
    description: 'The force, as in its permalink',
    value: (r) => r.organisationSlug,
  },
  {
    name: 'force_name',
    type: 'string',
    required: true,
    description: 'The force’s name',
    value: (r) => r.organisationName,
  },
  {
    name: 'report_slug',
    type: 'string',
    required: true,
    description: 'The report, as in its permalink',
    value: (r) => r.reportSlug,
  },
  {
    name: 'report_title',
    type: 'string',
    required: true,
    description: 'The report’s title',
    value: (r) => r.reportTitle,
  },
  {
    name: 'report_type',
    type: 'string',
    values: InspectionType.options,
    required: true,
    description:
      'peel, thematic, national, joint, custody, crime_data_integrity, vetting_counter_corruption, child_protection or fire_and_rescue',
    value: (r) => r.reportType,
  },
  {
    name: 'report_published_on',
    type: 'date',
    description: 'Date the report was published (YYYY-MM-DD)',
    value: (r) => r.reportPublishedOn,
  },
  {
    name: 'response_version',
    type: 'integer',
    required: true,
    description: 'The published version of the response the finding is read from',
    value: (r) => r.version,
  },
  {
    name: 'ref',
    type: 'string',
    required: true,
    description: 'The finding’s reference within the response (e.g. R1, AFI3)',
    value: (r) => r.ref,
  },
  {
    name: 'kind',
    type: 'string',
    values: FindingKind.options,
    required: true,
    description: 'recommendation, cause_of_concern or area_for_improvement',
    value: (r) => r.kind,
  },
  {
    name: 'pillar',
    type: 'string',
    description: 'The report’s pillar heading, if any',
    value: (r) => r.pillar,
  },
  {
    name: 'area',
    type: 'string',
    description: 'The report’s question or area heading, if any',
    value: (r) => r.area,
  },
  {
    name: 'grade',
    type: 'string',
    values: GradeValue.options,
    description:
      'Grade the response records for the finding’s area, else its pillar, else overall: outstanding, good, adequate, requires_improvement, inadequate; empty when ungraded',
    value: (r) => r.grade,
  },
  {
    name: 'status',
    type: 'string',
    values: FindingStatus.options,
    required: true,
    description:
      'Progress today: not_started, in_progress, completed, closed, superseded or no_longer_applicable',
    value: (r) => r.status,
  },
  {
    name: 'overdue',
    type: 'boolean',
    required: true,
    description: 'true when the target date has passed and the finding is still open',
    value: (r) => r.overdue,
  },
  {
    name: 'original_target_date',
    type: 'date',
    description: 'The first target date set (YYYY-MM-DD)',
    value: (r) => r.originalTargetDate,
  },
  {
    name: 'target_date',
    type: 'date',
    description: 'The current target date (YYYY-MM-DD)',
    value: (r) => r.targetDate,
  },
  {
    name: 'slippage_days',
    type: 'integer',
    required: true,
    description: 'Days between the original and the current target date',
    value: (r) => r.slippageDays,
  },
  {
    name: 'latest_public_update_on',
    type: 'date',
    description: 'Date of the latest public update (YYYY-MM-DD)',
    value: (r) => r.latestUpdateOn,
  },
  {
    name: 'text',
    type: 'string',
    required: true,
    description: 'The finding’s published wording as plain text',
    value: (r) => richTextToPlainText(r.text),
  },
  {
    name: 'text_html',
    type: 'string',
    required: true,
    description: 'The same wording as the sanitised HTML the register stores',
    value: (r) => r.text,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    required: true,
    description: 'Permalink of the finding’s page',
    value: (r, o) =>
      `${o}/forces/${path(r.organisationSlug)}/responses/${path(r.responseSlug)}/findings/${path(r.ref)}`,
  },
  // Newer columns go last, so a script that reads columns by position keeps working.
  {
    name: 'hmicfrs_status',
    type: 'string',
    description:
      'HMICFRS’s own status for the finding, in its words (e.g. Awaiting review, Being progressed, Complete, No further action needed); empty when none is recorded',
    value: (r) => r.inspectorateStatus?.status ?? null,
  },
  {
    name: 'hmicfrs_status_on',
    type: 'date',
    description: 'Date HMICFRS gave that status (YYYY-MM-DD)',
    value: (r) => r.inspectorateStatus?.on ?? null,
  },
  {
    name: 'hmicfrs_status_source',
    type: 'string',
    description: 'Where HMICFRS gave that status (a link), if recorded',
    value: (r) => r.inspectorateStatus?.source ?? null,
  },
  {
    name: 'title',
    type: 'string',
    description:
      'The finding’s own heading in the report, as a cause of concern often has (e.g. Crime data integrity); empty when none',
    value: (r) => r.title,
  },
  {
    name: 'latest_public_update_precision',
    type: 'string',
    values: DatePrecision.options,
    description:
      'How precisely latest_public_update_on was given: day, or month when only the month was (the date is then the 1st of that month)',
    value: (r) => r.latestUpdatePrecision,
  },
  {
    name: 'reference',
    type: 'string',
    description:
      'The report’s own number for the finding in the published version (e.g. 3); empty when it gives none',
    value: (r) => r.reference,
  },
  {
    name: 'name',
    type: 'string',
    required: true,
    description:
      'What the register calls the finding on every page, feed and alert: its kind and the report’s number, else its ref (e.g. Recommendation 3, Area for improvement AFI1)',
    value: (r) => r.name,
  },
];

export const RESPONSE_COLUMNS: Column<ResponseRow>[] = [
  {
    name: 'record_id',
    type: 'string',
    format: 'uuid',
    required: true,
    description: 'Stable identifier of the response',
    value: (r) => r.recordId,
  },
  {
    name: 'force_slug',
    type: 'string',
    required: true,
    description: 'The force, as in its permalink',
    value: (r) => r.organisationSlug,
  },
  {
    name: 'force_name',
    type: 'string',
    required: true,
    description: 'The force’s name',
    value: (r) => r.organisationName,
  },
  {
    name: 'report_slug',
    type: 'string',
    required: true,
    description: 'The report, as in its permalink',
    value: (r) => r.reportSlug,
  },
  {
    name: 'report_title',
    type: 'string',
    required: true,
    description: 'The report’s title',
    value: (r) => r.reportTitle,
  },
  {
    name: 'report_type',
    type: 'string',
    values: InspectionType.options,
    required: true,
    description: 'As in findings.csv',
    value: (r) => r.reportType,
  },
  {
    name: 'framework',
    type: 'string',
    description: 'Inspection framework id, e.g. peel-2018-19',
    value: (r) => r.framework,
  },
  {
    name: 'report_published_on',
    type: 'date',
    description: 'Date the report was published',
    value: (r) => r.reportPublishedOn,
  },
  {
    name: 'report_link',
    type: 'string',
    description: 'The report on the HMICFRS website',
    value: (r) => r.reportLink,
  },
  {
    name: 'version',
    type: 'integer',
    required: true,
    description: 'Latest published version number',
    value: (r) => r.version,
  },
  {
    name: 'published_at',
    type: 'datetime',
    required: true,
    description: 'When that version was published (ISO 8601)',
    value: (r) => r.publishedAt,
  },
  {
    name: 'withdrawn',
    type: 'boolean',
    required: true,
    description: 'true when the response has been withdrawn; its content columns are then empty',
    value: (r) => r.withdrawn,
  },
  {
    name: 'withdrawal_reason',
    type: 'string',
    description: 'Why it was withdrawn',
    value: (r) => r.withdrawalReason,
  },
  {
    name: 'publication_due_on',
    type: 'date',
    description: 'Last day of the 56-day period (empty for reports before 2 May 2017)',
    value: (r) => r.publicationDueOn,
  },
  {
    name: 'first_published_on',
    type: 'date',
    description: 'Day the first version was published',
    value: (r) => r.firstPublishedOn,
  },
  {
    name: 'on_time',
    type: 'boolean',
    description: 'true when first published within the 56 days; empty when no limit applies',
    value: (r) => r.onTime,
  },
  {
    name: 'commissioner_name',
    type: 'string',
    description: 'The commissioner at publication',
    value: (r) => r.commissioner?.name ?? null,
  },
  {
    name: 'commissioner_title',
    type: 'string',
    description: 'Their title',
    value: (r) => r.commissioner?.title ?? null,
  },
  {
    name: 'chief_officer_name',
    type: 'string',
    description: 'The chief officer at publication',
    value: (r) => r.chiefOfficer?.name ?? null,
  },
  {
    name: 'chief_officer_title',
    type: 'string',
    description: 'Their rank, e.g. Acting Chief Constable',
    value: (r) => r.chiefOfficer?.title ?? null,
  },
  {
    name: 'overall_grade',
    type: 'string',
    values: GradeValue.options,
    description: 'outstanding, good, adequate, requires_improvement or inadequate; empty when none',
    value: (r) => r.overallGrade,
  },
  {
    name: 'recommendations',
    type: 'integer',
    required: true,
    description: 'Number of recommendations',
    value: (r) => r.recommendations,
  },
  {
    name: 'causes_of_concern',
    type: 'integer',
    required: true,
    description: 'Number of causes of concern',
    value: (r) => r.causesOfConcern,
  },
  {
    name: 'areas_for_improvement',
    type: 'integer',
    required: true,
    description: 'Number of areas for improvement',
    value: (r) => r.areasForImprovement,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    required: true,
    description: 'Permalink of the response page',
    value: (r, o) => `${o}/forces/${path(r.organisationSlug)}/responses/${path(r.responseSlug)}`,
  },
  // Newer columns go last, so a script that reads columns by position keeps working.
  {
    name: 'document_version',
    type: 'string',
    description:
      'The office’s own version label for its document, as written (e.g. v1.1); empty when none',
    value: (r) => r.documentVersion,
  },
];

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const s = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a `licence` column (the same line on every row), CRLF line ends. */
export function toCsv<Row>(columns: Column<Row>[], rows: readonly Row[], origin: string): string {
  const header = [...columns.map((c) => c.name), 'licence'].join(',');
  const lines = rows.map((r) =>
    [...columns.map((c) => csvCell(c.value(r, origin))), csvCell(LICENCE)].join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

export function toJson<Row>(
  columns: Column<Row>[],
  rows: readonly Row[],
  origin: string,
  about: { dataset: string; filters: Record<string, unknown> },
): string {
  return JSON.stringify(
    {
      licence: LICENCE,
      licenceUrl: OGL_URL,
      dataset: about.dataset,
      filters: about.filters,
      documentation: `${origin}/open-data`,
      count: rows.length,
      columns: columns.map((c) => ({ name: c.name, description: c.description })),
      rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, c.value(r, origin)]))),
    },
    null,
    2,
  );
}

type Compliance = Out<'compliance'>;
/** One row of compliance.csv: the figures of a year of reports, or of the whole period (`year` empty). */
export interface ComplianceRow {
  organisation: Compliance['organisation'];
  from: string | null;
  to: string | null;
  year: number | null;
  figures: Compliance['total'];
}

/** Each year's figures, then the period's, as the compliance page draws them. */
export function complianceRows(c: Compliance): ComplianceRow[] {
  const at = { organisation: c.organisation, from: c.from, to: c.to };
  return [
    ...c.years.map((y) => ({ ...at, year: y.year, figures: y.figures })),
    { ...at, year: null, figures: c.total },
  ];
}

const count = (
  name: string,
  description: string,
  value: (f: Compliance['total']) => number | null,
): Column<ComplianceRow> => ({
  name,
  type: 'integer',
  description,
  value: (r) => value(r.figures),
});

/** A median, as text: it may end in .5, which a Table Schema integer would refuse. */
const median = (
  name: string,
  description: string,
  value: (f: Compliance['total']) => number | null,
): Column<ComplianceRow> => ({
  name,
  type: 'string',
  description,
  value: (r) => value(r.figures)?.toString() ?? null,
});

/** The columns of compliance.csv and the fields of compliance.json, in order. */
export const COMPLIANCE_COLUMNS: Column<ComplianceRow>[] = [
  {
    name: 'force_slug',
    type: 'string',
    description: 'The force the figures are of; empty for every force',
    value: (r) => r.organisation?.slug ?? null,
  },
  {
    name: 'period_from',
    type: 'date',
    description: 'Reports published on or after this day; empty for no start',
    value: (r) => r.from,
  },
  {
    name: 'period_to',
    type: 'date',
    description: 'Reports published on or before this day; empty for no end',
    value: (r) => r.to,
  },
  {
    name: 'year',
    type: 'integer',
    description: 'The year the reports were published in; empty on the row for the whole period',
    value: (r) => r.year,
  },
  count('responses_on_time', 'Responses published within 56 days', (f) => f.responses.onTime),
  count('responses_late', 'Responses published after the 56th day', (f) => f.responses.late),
  count('responses_missing', 'Responses overdue and still unpublished', (f) => f.responses.missing),
  count('responses_due', 'Responses not yet due', (f) => f.responses.due),
  count(
    'responses_no_time_limit',
    'Responses of fire and rescue services, to reports before 2 May 2017 or undated, or not required',
    (f) => f.responses.noLimit,
  ),
  median(
    'median_days_to_publish',
    'Median days from the report (day 1) to its response; may end in .5',
    (f) => f.medianDaysToPublish,
  ),
  count('findings_open', 'Published findings not closed', (f) => f.findings.open),
  count('findings_overdue', 'Open findings past their target date', (f) => f.findings.overdue),
  count(
    'findings_closed',
    'Findings closed, superseded or no longer applicable',
    (f) => f.findings.closed,
  ),
  median(
    'median_days_to_close',
    'Median days from the response to a finding’s closing; may end in .5',
    (f) => f.medianDaysToClose,
  ),
];
