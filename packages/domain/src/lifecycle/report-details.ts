import { z } from 'zod';
import { roleAtLeast, type Role } from '../model/index.js';
import { err, ok, type DomainError, type Result } from '../result.js';

export type ReportDetailsErrorCode = 'REPORT_DETAILS_LOCKED' | 'ROLE_TOO_LOW' | 'FORBIDDEN';

/** Who may change a report's details now: the least authority the change needs. */
export type ReportDetailsAuthority = 'editor' | 'approver' | 'operator';

export interface ReportDetailsEditInput {
  /** A report covering every force (reports.national). */
  national: boolean;
  /** The operator at the server's shell (the CLI), who may change any report. */
  actorIsOperator: boolean;
  /** The actor's highest role in an organisation the report covers; null when they hold none. */
  actorRole: Role | null;
  /** Whether a published version of any response refers to the report. */
  publishedResponse: boolean;
  /** Whether a response of an organisation other than the actor's refers to the report. */
  otherOrganisationResponse: boolean;
}

/**
 * The authority a change of a report's details (publication date, link, inspection type,
 * framework, forces covered) needs. Those details are shared by every response to the report and
 * shown on its public pages, so the more that rests on them, the higher the authority:
 * - an editor of a covered organisation, while no published response and no other organisation's
 *   response refers to the report;
 * - otherwise an approver of a covered organisation (a change after publication is a correction);
 * - for a national report that other organisations' responses refer to, only the operator.
 */
export function reportDetailsAuthority(
  input: Omit<ReportDetailsEditInput, 'actorIsOperator' | 'actorRole'>,
): ReportDetailsAuthority {
  if (input.national && input.otherOrganisationResponse) return 'operator';
  if (input.publishedResponse || input.otherOrganisationResponse) return 'approver';
  return 'editor';
}

const WHO: Record<ReportDetailsAuthority, string> = {
  editor: 'an editor of a force the report covers',
  approver: 'an approver of a force the report covers',
  operator: 'the service operator',
};

/**
 * Whether the actor may change the report's details now; a refusal says who may.
 *
 * @example
 * const may = reportDetailsEditor({ national: false, actorIsOperator: false, actorRole: 'editor',
 *   publishedResponse: true, otherOrganisationResponse: false });
 * // { ok: false, error: { code: 'REPORT_DETAILS_LOCKED', message: '… only an approver …' } }
 */
export function reportDetailsEditor(
  input: ReportDetailsEditInput,
): Result<ReportDetailsAuthority, DomainError<ReportDetailsErrorCode>> {
  const needed = reportDetailsAuthority(input);
  if (input.actorIsOperator) return ok(needed);
  if (input.actorRole === null) {
    return err({
      code: 'FORBIDDEN',
      message: `You are not a member of a force this report covers; ${WHO[needed]} can change its details`,
    });
  }
  if (needed === 'editor') {
    return roleAtLeast(input.actorRole, 'editor')
      ? ok(needed)
      : err({
          code: 'ROLE_TOO_LOW',
          message: `Only ${WHO.editor} can change the report's details`,
        });
  }
  if (needed === 'approver' && roleAtLeast(input.actorRole, 'approver')) return ok(needed);
  return err({
    code: 'REPORT_DETAILS_LOCKED',
    message:
      needed === 'operator'
        ? "Other forces' responses refer to this national report, so only the service operator can change its details"
        : "A published response or another force's response refers to this report, so only an approver can change its details",
  });
}

/** The details of a report its responders may change (the title and inspectorate come from the import). */
export const ReportDetailField = z.enum(['publishedOn', 'link', 'type', 'framework', 'forces']);
export type ReportDetailField = z.infer<typeof ReportDetailField>;

/** A report detail a change moved: forces as the organisations' ids, sorted; the rest as text. */
export type ReportDetailCorrection =
  | { field: 'forces'; from: string[]; to: string[] }
  | { field: Exclude<ReportDetailField, 'forces'>; from: string | null; to: string | null };

/**
 * The report details a change moved, in the fields' order, each with its value before and after.
 * After a response to the report is published every such change is a correction, filling in a
 * detail not known before included: the public page showed it as not given.
 *
 * @example
 * reportDetailCorrections({ publishedOn: null, link: 'https://a' }, { publishedOn: '2020-02-07', link: 'https://a' })
 * // [{ field: 'publishedOn', from: null, to: '2020-02-07' }]
 */
export function reportDetailCorrections(
  before: Partial<Record<string, unknown>>,
  after: Partial<Record<string, unknown>>,
): ReportDetailCorrection[] {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const ids = (v: unknown) =>
    Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string').sort() : [];
  return ReportDetailField.options.flatMap((field): ReportDetailCorrection[] => {
    if (!(field in after)) return [];
    if (field === 'forces') {
      const [from, to] = [ids(before.forces), ids(after.forces)];
      return from.join() === to.join() ? [] : [{ field, from, to }];
    }
    const [from, to] = [text(before[field]), text(after[field])];
    return from === to ? [] : [{ field, from, to }];
  });
}
