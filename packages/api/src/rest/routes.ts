import type { z } from 'zod';
import type { createCaller } from '../root.js';
import { Compliance, ComplianceInput } from '../use-cases/public/read-compliance.js';
import { FindingChanges, FindingChangesInput } from '../use-cases/public/list-finding-changes.js';
import { FindingPage, FindingPageInput } from '../use-cases/public/read-finding-page.js';
import { FindingsPage, FindingsPageInput } from '../use-cases/public/list-findings-page.js';
import { ForceResponses, ForceResponsesInput } from '../use-cases/public/list-force-responses.js';
import { OrganisationList } from '../use-cases/public/list-organisations.js';
import { ReportPage, ReportPageInput } from '../use-cases/public/read-report-page.js';
import { ReportsPage, ReportsPageInput } from '../use-cases/public/list-reports-page.js';
import { ResponsePage, ResponsePageInput } from '../use-cases/public/read-response-page.js';

/** The anonymous procedures, by name: what a REST endpoint calls. */
export type PublicProcedureName = keyof ReturnType<typeof createCaller>['public'];

export type RestTag = 'Forces' | 'Reports' | 'Findings' | 'Compliance';

/**
 * One GET endpoint of the read API (`/api/v1`): a `public` procedure under an address. Its parameters
 * are the procedure's input fields (those named in `path` in the path, the rest in the query) and its
 * answer is the procedure's output, so the OpenAPI description is made from the procedure's own zod
 * schemas and cannot drift from what is sent.
 */
export interface RestRoute {
  operationId: string;
  /** Under `/api/v1`, with `{field}` for a path parameter. */
  path: string;
  procedure: PublicProcedureName;
  tag: RestTag;
  summary: string;
  description: string;
  /** The procedure's input schema; null when it takes none. */
  input: z.ZodType | null;
  output: z.ZodType;
  /** A list paged by `cursor`: the answer's `next` is the next page's cursor. */
  paged: boolean;
}

export const REST_ROUTES: readonly RestRoute[] = [
  {
    operationId: 'listForces',
    path: '/forces',
    procedure: 'organisations',
    tag: 'Forces',
    summary: 'Every force and commissioner’s office',
    description:
      'Every organisation in the register by name, with how many responses it has published. Short enough to come whole.',
    input: null,
    output: OrganisationList,
    paged: false,
  },
  {
    operationId: 'listForceResponses',
    path: '/forces/{organisationSlug}/responses',
    procedure: 'forceResponses',
    tag: 'Forces',
    summary: 'A force’s published responses',
    description:
      'Newest report first, with whether each was published within the 56 days. Paged by `cursor`.',
    input: ForceResponsesInput,
    output: ForceResponses,
    paged: true,
  },
  {
    operationId: 'getResponse',
    path: '/forces/{organisationSlug}/responses/{responseSlug}',
    procedure: 'response',
    tag: 'Forces',
    summary: 'A published response, with its versions',
    description:
      'The version asked for (the latest when `version` is not given) as published, with the live tracking of its findings and every published version with what changed.',
    input: ResponsePageInput,
    output: ResponsePage,
    paged: false,
  },
  {
    operationId: 'getFinding',
    path: '/forces/{organisationSlug}/responses/{responseSlug}/findings/{ref}',
    procedure: 'findingPage',
    tag: 'Findings',
    summary: 'A finding, with its history',
    description:
      'A recommendation, cause of concern or area for improvement as published, its status and target dates today, and its public timeline: updates, status changes and target-date changes.',
    input: FindingPageInput,
    output: FindingPage,
    paged: false,
  },
  {
    operationId: 'listFindings',
    path: '/findings',
    procedure: 'findingsPage',
    tag: 'Findings',
    summary: 'Search the published findings',
    description:
      'Every finding of the current published versions, or those matching words (`q`) and filters, ordered by force, report and reference. Paged by `cursor`. Rate-limited like the portal’s search.',
    input: FindingsPageInput,
    output: FindingsPage,
    paged: true,
  },
  {
    operationId: 'listFindingChanges',
    path: '/changes',
    procedure: 'findingChanges',
    tag: 'Findings',
    summary: 'The latest public changes to findings',
    description:
      'Public updates, status changes and target-date changes, newest first: everywhere, for a force, a report, or one finding (force, report and ref together). The Atom feeds carry the same.',
    input: FindingChangesInput,
    output: FindingChanges,
    paged: false,
  },
  {
    operationId: 'listReports',
    path: '/reports',
    procedure: 'reportsPage',
    tag: 'Reports',
    summary: 'Every report a response has been published to',
    description: 'Newest report first. Paged by `cursor`.',
    input: ReportsPageInput,
    output: ReportsPage,
    paged: true,
  },
  {
    operationId: 'getReport',
    path: '/reports/{slug}',
    procedure: 'report',
    tag: 'Reports',
    summary: 'A report and every force’s answer to it',
    description:
      'Every organisation the report relates to, where its response stands today (published, on time or late, due, not required) and the day it is due.',
    input: ReportPageInput,
    output: ReportPage,
    paged: false,
  },
  {
    operationId: 'getCompliance',
    path: '/compliance',
    procedure: 'compliance',
    tag: 'Compliance',
    summary: 'Compliance with the 56-day limit',
    description:
      'For every force or one, over a period of report dates: responses on time, late, missing and still due, the median days to publish, findings open, overdue and closed and the median days to close; in all and by year.',
    input: ComplianceInput,
    output: Compliance,
    paged: false,
  },
];

/** What each parameter means, in the words of the portal's documentation. */
export const PARAMETER_TEXT: Record<string, string> = {
  organisationSlug: 'The force or office, by the name in its addresses (`staffordshire`).',
  reportSlug: 'The report, by the name in its addresses.',
  responseSlug:
    'The response, by the name in its address under its force (`peel-2018-19`); an address that named it by its report’s slug redirects (301) to this one.',
  slug: 'The report, by the name in its addresses.',
  ref: 'The finding’s reference in the response (`R1`, `AFI3`).',
  version: 'A published version by number; the latest when not given.',
  cursor: 'Where the page starts: the `next` of the page before. Leave out for the first page.',
  limit: 'Rows a page holds (1 to 100).',
  q: 'Words to search for; a word’s beginning matches (`vett` finds "vetting").',
  year: 'The year of the report.',
  reportType: 'The type of report (`PEEL`, `thematic`).',
  kind: 'Recommendation, cause of concern or area for improvement.',
  status: 'The finding’s status today.',
  grade: 'The grade the response gives the finding’s area.',
  area: 'The area of the finding.',
  from: 'First report date of the period (YYYY-MM-DD).',
  to: 'Last report date of the period (YYYY-MM-DD).',
};
