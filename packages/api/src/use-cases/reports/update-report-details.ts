import {
  findOrganisationBySlug,
  findReport,
  recordAudit,
  reportForceIds,
  reportReferences,
  setReportForces,
  updateReportDetails as updateReportRow,
  type ReportDetailsPatch,
} from '@irr/db/repositories';
import {
  AppError,
  notFound,
  reportDetailsEditor,
  roleAtLeast,
  type InspectionType,
  type Role,
} from '@irr/domain';
import type { Db } from '@irr/db';
import type { Actor, UseCaseContext } from '../context.js';

export interface UpdateReportDetailsInput {
  reportId: string;
  rowVersion: number;
  patch: {
    publishedOn?: string | null;
    link?: string | null;
    type?: InspectionType;
    framework?: string | null;
    /** Slugs of the forces the report covers (not for a national report). */
    forces?: string[];
  };
}

export interface ReportDetailsResult {
  id: string;
  rowVersion: number;
  publishedOn: string | null;
  link: string | null;
  type: string;
  framework: string | null;
  national: boolean;
  /** Whether the change corrected details a published response already showed. */
  correction: boolean;
}

/** The actor's highest role among `organisationIds`; null when they hold none there. */
function highestRole(actor: Actor, organisationIds: readonly string[] | 'all'): Role | null {
  const held = actor.memberships.filter(
    (m) => organisationIds === 'all' || organisationIds.includes(m.organisationId),
  );
  return held.reduce<Role | null>(
    (best, m) => (best === null || roleAtLeast(m.role, best) ? m.role : best),
    null,
  );
}

/**
 * Who may change the report's details now, and what rests on them: the organisations it covers
 * (named forces, or every one for a national report, and any organisation responding to it).
 */
export async function reportDetailsAccess(db: Db, actor: Actor, reportId: string) {
  const report = await findReport(db, reportId);
  if (!report) throw notFound('That report');
  const named = report.national ? [] : await reportForceIds(db, reportId);
  const ownIds = actor.memberships.map((m) => m.organisationId);
  const refs = await reportReferences(db, reportId, ownIds);
  const covered = report.national ? 'all' : [...named, ...refs.respondingOrganisationIds];
  const actorRole = highestRole(actor, covered);
  const ownCovered =
    actorRole === null ? [] : ownIds.filter((id) => covered === 'all' || covered.includes(id));
  const decision = reportDetailsEditor({
    national: report.national,
    actorIsOperator: actor.operator,
    actorRole,
    publishedResponse: refs.publishedResponse,
    // Seen from the organisations the actor holds a role in that the report covers.
    otherOrganisationResponse: refs.respondingOrganisationIds.some(
      (id) => !ownCovered.includes(id),
    ),
  });
  return { report, named, refs, decision, ownCovered };
}

/**
 * Change a report's details (publication date, link, inspection type, framework, forces covered):
 * the publication date starts every response's statutory clock. Who may is the domain's
 * `reportDetailsEditor`; a change once a response to the report was published is a correction,
 * audited as such and listed on the public pages of the responses that show the report.
 */
export async function updateReportDetails(
  uc: UseCaseContext,
  input: UpdateReportDetailsInput,
): Promise<ReportDetailsResult> {
  const { report, refs, decision, ownCovered } = await reportDetailsAccess(
    uc.db,
    uc.actor,
    input.reportId,
  );
  if (!decision.ok) throw new AppError(decision.error);
  const { forces, ...fields } = input.patch;
  const forceIds: string[] = [];
  for (const slug of forces ?? []) {
    const organisation = await findOrganisationBySlug(uc.db, slug);
    if (!organisation)
      throw new AppError({
        code: 'UNKNOWN_ORGANISATION',
        message: `No organisation has the slug "${slug}"`,
        field: 'forces',
      });
    forceIds.push(organisation.id);
  }
  const patch: ReportDetailsPatch = { ...fields };
  const before = {
    ...Object.fromEntries(
      Object.keys(patch).map((k) => [k, report[k as keyof ReportDetailsPatch]]),
    ),
    ...(forces !== undefined && { forces: await reportForceIds(uc.db, report.id) }),
  };
  const correction = refs.publishedResponse;
  return uc.db.transaction(async (tx) => {
    const row = await updateReportRow(tx, report.id, input.rowVersion, patch);
    if (forces !== undefined && !report.national) await setReportForces(tx, report.id, forceIds);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: ownCovered[0] ?? null,
      action: 'report.details_changed',
      entityType: 'report',
      entityId: report.id,
      before,
      after: { ...patch, ...(forces !== undefined && { forces: forceIds }), correction },
    });
    return {
      id: row.id,
      rowVersion: row.rowVersion,
      publishedOn: row.publishedOn,
      link: row.link,
      type: row.type,
      framework: row.framework,
      national: row.national,
      correction,
    };
  });
}
