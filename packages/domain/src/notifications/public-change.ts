import { FINDING_STATUS_LABELS } from '../model/labels.js';
import { FindingKind, type FindingStatus } from '../model/finding.js';
import { findingName } from '../model/finding-name.js';

/** What the public hears of: a version published or withdrawn, or a shown finding's public update, status or target date. */
export type PublicChangeKind = 'version' | 'withdrawal' | 'update' | 'status' | 'target_date';

/** A public change as alerts and feeds describe it: names, references and dates, nothing internal. */
export interface PublicChangeFacts {
  kind: PublicChangeKind;
  organisation: { slug: string; name: string };
  report: { slug: string; title: string };
  /** The response's own slug, its permalink under its force (`peel-2018-19`). */
  responseSlug: string;
  finding: { ref: string; kind: string; reference?: string | null } | null;
  version: number | null;
  from: string | null;
  to: string | null;
}

/** A finding as its page names it (`findingName`); a kind this code does not know is just "Finding". */
export function nameOfFinding(f: { ref: string; kind: string; reference?: string | null }): string {
  const kind = FindingKind.safeParse(f.kind);
  return kind.success
    ? findingName({ kind: kind.data, ref: f.ref, reference: f.reference })
    : `Finding ${f.reference ?? f.ref}`;
}
const statusLabel = (status: string | null) =>
  status ? (FINDING_STATUS_LABELS[status as FindingStatus] ?? status) : 'none';

/** One line saying what changed, e.g. `Staffordshire Police, "PEEL 2018/19", Recommendation 3: new public update`. */
export function publicChangeLine(c: PublicChangeFacts): string {
  const where = `${c.organisation.name}, "${c.report.title}"`;
  if (c.kind === 'version') return `${where}: response published (version ${c.version ?? '?'})`;
  if (c.kind === 'withdrawal') return `${where}: response withdrawn`;
  const finding = `${where}, ${c.finding ? nameOfFinding(c.finding) : 'a finding'}`;
  if (c.kind === 'update') return `${finding}: new public update`;
  if (c.kind === 'status')
    return `${finding}: status changed from ${statusLabel(c.from)} to ${statusLabel(c.to)}`;
  return `${finding}: target date ${c.from ? `moved from ${c.from} to` : 'set to'} ${c.to ?? '?'}`;
}

/** The portal page a change is seen on: its finding's page, or its response's. */
export function publicChangePath(c: PublicChangeFacts): string {
  const e = encodeURIComponent;
  const response = `/forces/${e(c.organisation.slug)}/responses/${e(c.responseSlug)}`;
  return c.finding ? `${response}/findings/${e(c.finding.ref)}` : response;
}
