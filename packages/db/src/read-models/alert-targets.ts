import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AlertTargetKind } from '@irr/domain';
import type { Db } from '../connection.js';
import { publishedReference } from './published-reference.js';
import {
  organisations,
  publishedFindings,
  recordVersions,
  reports,
  responseRecords,
} from '../schema/index.js';

/** A finding the portal shows at this address (its force, response and reference), for following it. */
export async function shownFindingBySlugs(
  db: Db,
  organisationSlug: string,
  responseSlug: string,
  ref: string,
) {
  const pf = publishedFindings;
  const [row] = await db
    .select({
      findingId: pf.findingId,
      ref: pf.ref,
      kind: pf.kind,
      reference: publishedReference(sql`${pf.versionId}`, sql`${pf.ref}`),
      organisationName: organisations.name,
      reportTitle: reports.title,
    })
    .from(pf)
    .innerJoin(recordVersions, eq(recordVersions.id, pf.versionId))
    .innerJoin(organisations, eq(organisations.id, pf.organisationId))
    .innerJoin(responseRecords, eq(responseRecords.id, pf.recordId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        eq(pf.current, true),
        isNull(recordVersions.withdrawnAt),
        eq(organisations.slug, organisationSlug),
        eq(responseRecords.slug, responseSlug),
        eq(pf.ref, ref),
      ),
    );
  return row;
}

/** What an address follows, confirmed or not, by name: the "why you get this" of its mails. */
export async function followedNames(db: Db, subscriberId: string, confirmedOnly: boolean) {
  const result = await db.execute(sql`
    select f.kind,
      coalesce(o.name, fo.name) as organisation_name,
      coalesce(r.title, fr.title) as report_title,
      pf.ref as finding_ref,
      pf.kind as finding_kind,
      ${publishedReference('pf.version_id', 'pf.ref')} as finding_reference
    from alert_follows f
    left join organisations o on o.id = f.organisation_id
    left join reports r on r.id = f.report_id
    left join findings fi on fi.id = f.finding_id
    left join response_records rr on rr.id = fi.record_id
    left join organisations fo on fo.id = rr.organisation_id
    left join reports fr on fr.id = rr.report_id
    left join published_findings pf on pf.finding_id = f.finding_id and pf.current
    where f.subscriber_id = ${subscriberId} ${confirmedOnly ? sql`and f.confirmed_at is not null` : sql``}
    order by f.created_at
  `);
  type Row = {
    kind: AlertTargetKind;
    organisation_name: string | null;
    report_title: string | null;
    finding_ref: string | null;
    finding_kind: string | null;
    finding_reference: string | null;
  };
  return (result as { rows: Row[] }).rows.map((r) => ({
    kind: r.kind,
    organisationName: r.organisation_name,
    reportTitle: r.report_title,
    findingRef: r.finding_ref,
    findingKind: r.finding_kind,
    findingReference: r.finding_reference,
  }));
}
