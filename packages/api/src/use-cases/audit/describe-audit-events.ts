import { auditSubjects } from '@irr/db/read-models';
import { auditChanges, auditNamedIds, FINDING_KIND_LABELS, type AuditChange } from '@irr/domain';
import type { Db } from '@irr/db';
import type { AuditTarget } from './audit-row.schema.js';

interface AuditEventIn {
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** What an event's subject is called when it is not (or no longer) held. */
const OTHER: Record<string, string> = {
  response_record: 'A response record no longer held',
  finding: 'A finding no longer held',
  finding_update: 'An update no longer held',
  report: 'A report no longer held',
  user: 'Someone no longer on the register',
  session: 'Someone no longer on the register',
  organisation: 'An organisation no longer held',
  import_batch: 'Files to import',
  pending_import: 'An import under review',
  saved_filter: 'A saved filter',
  deployment: 'The register',
};

const other = (entityType: string, kind: AuditTarget['kind'] = 'other'): AuditTarget => ({
  kind,
  label: OTHER[entityType] ?? 'Something else',
  recordId: null,
  recordLabel: null,
  findingId: null,
});

/**
 * Each event's subject (what it was about, by name, with the ids a link needs) and, when the event
 * carries its before and after, what changed in words: looked up in one batch for the whole page.
 */
export async function describeAuditEvents(
  db: Db,
  events: readonly AuditEventIn[],
): Promise<{ target: AuditTarget; changes: AuditChange[] }[]> {
  const idsOf = (...types: string[]) =>
    events.filter((e) => types.includes(e.entityType)).map((e) => e.entityId);
  const named = events.map((e) => auditNamedIds(e.before, e.after));
  const found = await auditSubjects(db, {
    records: idsOf('response_record'),
    findings: idsOf('finding'),
    updates: idsOf('finding_update'),
    reports: idsOf('report'),
    people: [...idsOf('user', 'session'), ...named.flatMap((n) => n.people)],
    organisations: [...idsOf('organisation'), ...named.flatMap((n) => n.organisations)],
  });
  const records = new Map(found.records.map((r) => [r.id, r]));
  const findings = new Map(found.findings.map((f) => [f.id, f]));
  const findingOfUpdate = new Map(found.updates.map((u) => [u.id, u.findingId]));
  const reports = new Map(found.reports.map((r) => [r.id, r.title]));
  const names = new Map([
    ...found.people.map((p): [string, string] => [p.id, p.name]),
    ...found.organisations.map((o): [string, string] => [o.id, o.name]),
  ]);

  const targetOf = (e: AuditEventIn): AuditTarget => {
    switch (e.entityType) {
      case 'response_record': {
        const record = records.get(e.entityId);
        return record
          ? {
              kind: 'record',
              label: record.reportTitle,
              recordId: record.id,
              recordLabel: null,
              findingId: null,
            }
          : other(e.entityType);
      }
      case 'finding':
      case 'finding_update': {
        const findingId = e.entityType === 'finding' ? e.entityId : findingOfUpdate.get(e.entityId);
        const finding = findingId === undefined ? undefined : findings.get(findingId);
        if (!finding) return other(e.entityType);
        return {
          kind: 'finding',
          // As the dashboard's lists name a finding: "AFI1 · Area for improvement: Case reviews".
          label: `${finding.ref} · ${FINDING_KIND_LABELS[finding.kind]}${finding.title ? `: ${finding.title}` : ''}`,
          recordId: finding.recordId,
          recordLabel: records.get(finding.recordId)?.reportTitle ?? null,
          findingId: finding.id,
        };
      }
      case 'report': {
        const title = reports.get(e.entityId);
        return title
          ? { kind: 'report', label: title, recordId: null, recordLabel: null, findingId: null }
          : other(e.entityType);
      }
      case 'user':
      case 'session': {
        const name = names.get(e.entityId);
        return name
          ? { kind: 'person', label: name, recordId: null, recordLabel: null, findingId: null }
          : other(e.entityType);
      }
      case 'organisation': {
        const name = names.get(e.entityId);
        return name
          ? {
              kind: 'organisation',
              label: name,
              recordId: null,
              recordLabel: null,
              findingId: null,
            }
          : other(e.entityType);
      }
      default:
        return other(e.entityType);
    }
  };
  return events.map((e) => ({
    target: targetOf(e),
    changes: auditChanges(e.before, e.after, names),
  }));
}
