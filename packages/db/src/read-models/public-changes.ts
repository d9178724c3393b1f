import { sql, type SQL } from 'drizzle-orm';
import type { PublicChangeKind } from '@irr/domain';
import type { Db } from '../connection.js';
import { publishedReference } from './published-reference.js';

/** One change as the public may read it: reasons only where the user chose to make them public. */
export interface PublicChange {
  kind: PublicChangeKind;
  /** The id of the row the change is (a version's for `version` and `withdrawal`): stable for feeds. */
  id: string;
  /** When it was written. */
  at: Date;
  organisation: { slug: string; name: string };
  report: { slug: string; title: string };
  /** The response's own slug: its permalink under its force. */
  responseSlug: string;
  recordId: string;
  /** The finding it is about (not for versions and withdrawals). */
  finding: { id: string; ref: string; kind: string; reference: string | null } | null;
  version: number | null;
  /** The day the office gave: an update's date, a status change's or target date's revision day. */
  on: string | null;
  /** Status or target date before and after. */
  from: string | null;
  to: string | null;
  /** The public reason (status change, target date, withdrawal), or an update's text. */
  text: string | null;
}

/** Which changes: any of these forces, reports or findings (an empty scope has none), or every one. */
export type ChangeScope =
  | {
      organisationIds?: readonly string[];
      reportIds?: readonly string[];
      findingIds?: readonly string[];
    }
  | 'all';

interface Row {
  kind: PublicChangeKind;
  id: string;
  at_ms: number;
  organisation_slug: string;
  organisation_name: string;
  report_slug: string;
  report_title: string;
  response_slug: string;
  record_id: string;
  finding_id: string | null;
  finding_ref: string | null;
  finding_kind: string | null;
  finding_reference: string | null;
  version: number | null;
  on_day: string | null;
  from_value: string | null;
  to_value: string | null;
  text: string | null;
}

const uuids = (ids: readonly string[] | undefined) => sql`${`{${(ids ?? []).join(',')}}`}::uuid[]`;

/**
 * The public changes in scope, newest first (`order: 'desc'`, feeds) or oldest first (alerts), written after
 * `after` and up to `through` when given. A finding's changes count only while it is shown (its record's
 * current version stands); a version's publication and withdrawal always, as the portal says both.
 */
export async function publicChanges(
  db: Db,
  scope: ChangeScope,
  options: {
    after?: Date | null;
    through?: Date;
    kinds?: readonly PublicChangeKind[];
    order: 'asc' | 'desc';
    limit: number;
  },
): Promise<PublicChange[]> {
  const all = scope === 'all';
  const orgs = uuids(all ? [] : scope.organisationIds);
  const reps = uuids(all ? [] : scope.reportIds);
  const finds = uuids(all ? [] : scope.findingIds);
  const window: SQL[] = [];
  if (options.kinds) window.push(sql`c.kind = any(${`{${options.kinds.join(',')}}`}::text[])`);
  if (options.after) window.push(sql`c.at > ${options.after.toISOString()}::timestamptz`);
  if (options.through) window.push(sql`c.at <= ${options.through.toISOString()}::timestamptz`);
  const where = window.length ? sql`where ${sql.join(window, sql` and `)}` : sql``;
  const order = options.order === 'asc' ? sql`asc` : sql`desc`;
  const result = await db.execute(sql`
    with shown as (
      select pf.finding_id, pf.ref, pf.kind, pf.record_id, pf.version_id
      from published_findings pf
      join record_versions rv on rv.id = pf.version_id and rv.withdrawn_at is null
      join response_records rr on rr.id = pf.record_id
      where pf.current
        and (${all}::boolean or pf.organisation_id = any(${orgs}) or rr.report_id = any(${reps}) or pf.finding_id = any(${finds}))
    ),
    records_in_scope as (
      select rr.id from response_records rr
      where ${all}::boolean or rr.organisation_id = any(${orgs}) or rr.report_id = any(${reps})
        or rr.id in (select f.record_id from findings f where f.id = any(${finds}))
    ),
    c as (
      select 'update' as kind, u.id, u.created_at as at, s.record_id, s.finding_id, s.ref, s.kind as finding_kind,
        s.version_id as finding_version_id, null::integer as version, u.date::text as on_day, null::text as from_value, null::text as to_value, u.text
      from finding_updates u join shown s on s.finding_id = u.finding_id
      where u.visibility = 'public'
      union all
      select 'status', x.id, x.created_at, s.record_id, s.finding_id, s.ref, s.kind, s.version_id, null,
        x.changed_on::text,
        x.from_status, x.to_status, case when x.reason_visibility = 'public' then x.reason end
      from status_changes x join shown s on s.finding_id = x.finding_id
      union all
      select 'target_date', t.id, t.created_at, s.record_id, s.finding_id, s.ref, s.kind, s.version_id, null,
        t.revised_on::text,
        t.from_date::text, t.to_date::text, case when t.reason_visibility = 'public' then t.reason end
      from target_date_revisions t join shown s on s.finding_id = t.finding_id
      union all
      select 'version', v.id, v.published_at, v.record_id, null, null, null, null, v.version, null, null, null,
        null
      from record_versions v where v.record_id in (select id from records_in_scope)
      union all
      select 'withdrawal', v.id, v.withdrawn_at, v.record_id, null, null, null, null, v.version, null, null,
        null, v.withdrawal_reason
      from record_versions v
      where v.withdrawn_at is not null and v.record_id in (select id from records_in_scope)
    )
    -- The report's number for a finding is in its version's snapshot, read for the rows shown only.
    select page.*, ${publishedReference('page.finding_version_id', 'page.finding_ref')} as finding_reference
    from (
      select c.kind, c.id, c.at, (extract(epoch from c.at) * 1000)::float8 as at_ms,
        o.slug as organisation_slug, o.name as organisation_name, r.slug as report_slug,
        r.title as report_title, rr.slug as response_slug, c.record_id, c.finding_id, c.ref as finding_ref, c.finding_kind,
        c.finding_version_id, c.version, c.on_day, c.from_value, c.to_value, c.text
      from c
      join response_records rr on rr.id = c.record_id
      join organisations o on o.id = rr.organisation_id
      join reports r on r.id = rr.report_id
      ${where}
      order by c.at ${order}, c.id ${order}
      limit ${options.limit}
    ) page
    order by page.at ${order}, page.id ${order}
  `);
  return (result as { rows: Row[] }).rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    at: new Date(Number(r.at_ms)),
    organisation: { slug: r.organisation_slug, name: r.organisation_name },
    report: { slug: r.report_slug, title: r.report_title },
    responseSlug: r.response_slug,
    recordId: r.record_id,
    finding:
      r.finding_id && r.finding_ref
        ? {
            id: r.finding_id,
            ref: r.finding_ref,
            kind: r.finding_kind ?? '',
            reference: r.finding_reference,
          }
        : null,
    version: r.version === null ? null : Number(r.version),
    on: r.on_day,
    from: r.from_value,
    to: r.to_value,
    text: r.text,
  }));
}
