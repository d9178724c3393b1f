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

/** What is wrong with the query string, for the page that says so; null when every parameter reads as text. */
export function unreadableParameter(params: URLSearchParams): string | null {
  for (const [name, value] of params) {
    if (isWellFormedText(name) && isWellFormedText(value)) continue;
    const shown = name.replace(/[^\w-]/g, '?');
    return `The address's "${shown}" parameter holds a character no text may contain (a NUL byte, %00). Remove it and try again.`;
  }
  return null;
}
