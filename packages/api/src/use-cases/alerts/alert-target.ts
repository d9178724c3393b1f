import type { Db } from '@irr/db';
import {
  movedResponseSlug,
  organisationBySlug,
  publishedReportBySlug,
  shownFindingBySlugs,
} from '@irr/db/read-models';
import type { FollowTarget } from '@irr/db/repositories';
import { followedWords, notFound, type AlertTarget } from '@irr/domain';

const NO_NAMES = { organisationName: null, reportTitle: null, findingRef: null, findingKind: null };

/** A followable thing: its ids, the words that name it and its portal page. */
export interface ResolvedAlertTarget {
  follow: FollowTarget;
  label: string;
  path: string;
}

/**
 * What the portal address names, if the public may see it: a force (every force has a page), a report with a
 * published response, or a finding of a current published version. Anything else is "not found", as on the
 * portal, so the form tells nobody what is unpublished.
 */
export async function resolveAlertTarget(
  db: Db,
  target: AlertTarget,
): Promise<ResolvedAlertTarget> {
  const e = encodeURIComponent;
  if (target.kind === 'force') {
    const org = await organisationBySlug(db, target.organisationSlug);
    if (!org) throw notFound('That force');
    return {
      follow: { kind: 'force', organisationId: org.id },
      label: org.name,
      path: `/forces/${e(org.slug)}`,
    };
  }
  if (target.kind === 'report') {
    const report = await publishedReportBySlug(db, target.reportSlug);
    if (!report) throw notFound('That report');
    return {
      follow: { kind: 'report', reportId: report.id },
      label: followedWords({ ...NO_NAMES, kind: 'report', reportTitle: report.title }),
      path: `/reports/${e(report.slug)}`,
    };
  }
  let responseSlug = target.responseSlug;
  let finding = await shownFindingBySlugs(db, target.organisationSlug, responseSlug, target.ref);
  // A link made before responses had their own slugs names the response by its report's.
  const moved = finding ? null : await movedResponseSlug(db, target.organisationSlug, responseSlug);
  if (moved) {
    responseSlug = moved;
    finding = await shownFindingBySlugs(db, target.organisationSlug, moved, target.ref);
  }
  if (!finding) throw notFound('That finding');
  return {
    follow: { kind: 'finding', findingId: finding.findingId },
    label: followedWords({
      kind: 'finding',
      organisationName: finding.organisationName,
      reportTitle: finding.reportTitle,
      findingRef: finding.ref,
      findingKind: finding.kind,
      findingReference: finding.reference,
    }),
    path: `/forces/${e(target.organisationSlug)}/responses/${e(responseSlug)}/findings/${e(finding.ref)}`,
  };
}
