import { isWellFormedText, organisationNamedIn } from '@irr/domain';
import { z } from 'zod';

const KindValue = z.enum(['recommendation', 'cause_of_concern', 'area_for_improvement']);
const StatusValue = z.enum([
  'not_started',
  'in_progress',
  'completed',
  'closed',
  'superseded',
  'no_longer_applicable',
]);
const GradeValue = z.enum([
  'outstanding',
  'good',
  'adequate',
  'requires_improvement',
  'inadequate',
]);

/** The filters a URL asks for; a value that is not valid is dropped, not an error. */
export function filtersFrom(params: URLSearchParams) {
  const text = (name: string, max: number) => {
    const v = params.get(name)?.trim();
    return v && v.length <= max ? v : undefined;
  };
  const year = Number(params.get('year'));
  const q = text('q', 200);
  return {
    q,
    // Words naming a force choose it, so the page shows the filter the search applies (withNamedForce).
    organisationSlug: text('organisationSlug', 80) ?? (q && organisationNamedIn(q)?.slug),
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    reportType: text('reportType', 60),
    kind: KindValue.safeParse(params.get('kind')).data,
    status: StatusValue.safeParse(params.get('status')).data,
    grade: GradeValue.safeParse(params.get('grade')).data,
    area: text('area', 300),
  };
}

/** The filters each download takes (and `excel`, for the copy with a byte-order mark). */
export const DATA_PARAMETERS = {
  findings: ['q', 'organisationSlug', 'year', 'reportType', 'kind', 'status', 'grade', 'area'],
  responses: ['organisationSlug', 'year', 'reportType'],
  compliance: ['organisationSlug', 'from', 'to'],
} as const;

/**
 * One end of a period of report dates from a URL: a year (its first or last day) or a date. Undefined when
 * blank, null when it reads as neither.
 */
function periodEnd(value: string | null, end: 'from' | 'to'): string | undefined | null {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}$/.test(v)) return end === 'from' ? `${v}-01-01` : `${v}-12-31`;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null;
}

/** The period a compliance page or download asks for; ends that do not read are left open, a reversed one turned round. */
export function periodFrom(params: URLSearchParams): { from?: string; to?: string } {
  const from = periodEnd(params.get('from'), 'from') ?? undefined;
  const to = periodEnd(params.get('to'), 'to') ?? undefined;
  if (from && to && from > to)
    return { from: periodEnd(params.get('to'), 'from')!, to: periodEnd(params.get('from'), 'to')! };
  return { ...(from && { from }), ...(to && { to }) };
}

const CHOICES: Record<string, readonly string[]> = {
  kind: KindValue.options,
  status: StatusValue.options,
  grade: GradeValue.options,
  excel: ['1'],
};

/**
 * What is wrong with a download's filters, for a 400 that lists what is allowed; null when they read. A
 * script with a misspelt filter (`status=in_progres`) must hear so, not get every row.
 */
export function dataParameterProblem(
  params: URLSearchParams,
  dataset: keyof typeof DATA_PARAMETERS,
): string | null {
  const names: readonly string[] = [...DATA_PARAMETERS[dataset], 'excel'];
  for (const [name, value] of params) {
    if (!names.includes(name))
      return `"${name}" is not a filter of ${dataset}. Its filters are: ${names.join(', ')}.`;
    // An empty filter (a form's blank field) filters nothing, as on the search page.
    if (value.trim() === '') continue;
    const choices = CHOICES[name];
    if (choices && !choices.includes(value))
      return `"${value}" is not a ${name} here. Use one of: ${choices.join(', ')}.`;
    if (name === 'year' && filtersFrom(new URLSearchParams({ year: value })).year === undefined)
      return `"${value}" is not a year. Give a year such as 2021.`;
    if ((name === 'from' || name === 'to') && periodEnd(value, name) === null)
      return `"${value}" is not a year or a date. Give a year such as 2021 or a date such as 2021-05-02.`;
    const max = name === 'q' ? 200 : 300;
    if (value.trim().length > max) return `The ${name} filter is longer than ${max} characters.`;
  }
  return null;
}

/** What is wrong with the query string, for the page that says so; null when every parameter reads as text. */
export function unreadableParameter(params: URLSearchParams): string | null {
  for (const [name, value] of params) {
    if (isWellFormedText(name) && isWellFormedText(value)) continue;
    const shown = name.replace(/[^\w-]/g, '?');
    return `The address's "${shown}" parameter holds a character no text may contain (a NUL byte, %00). Remove it and try again.`;
  }
  return null;
}
