import type { Db } from '@irr/db';
import type { ReportRow } from '@irr/db/repositories';
import {
  AppError,
  planRecordImport,
  roleAtLeast,
  type ReportFindingQuestion,
  type ResponseRecord,
} from '@irr/domain';
import { roleIn, type UseCaseContext } from '../context.js';
import { checkedStaffRecord, storedStaffRecord } from '../records/staff-record.js';
import { createImportedRecord } from './create-imported-record.js';
import { linkToReportFindings, questionsInWords, reportLinks } from './link-report-findings.js';
import { meetOrCreateReport } from './meet-report.js';
import type { OrganisationsSeen } from './organisations-seen.js';
import { startImportedVersion } from './start-imported-version.js';

/** Where one record landed, or why it did not. */
export interface Landing {
  outcome: 'created' | 'new_version' | 'refused';
  recordId: string | null;
  version: number | null;
  organisation: { name: string; added: boolean } | null;
  message: string | null;
  /** The transaction was rolled back: a refusal, or a dry run. */
  rolledBack: boolean;
}

/** Thrown to roll a record's transaction back while keeping what happened. */
class Rollback extends Error {
  constructor(readonly landing: Landing) {
    super('rollback');
  }
}

/**
 * One record in its own transaction: a refused record leaves nothing behind, not even the report
 * or organisation it would have added. A dry run does the whole import, then rolls it back, so the
 * preview is exactly what would happen. `organisations` is the whole import's: each organisation is
 * looked up once an import, not once a record.
 */
export async function importOneRecord(
  uc: UseCaseContext,
  record: ResponseRecord,
  dryRun: boolean,
  organisations: OrganisationsSeen,
): Promise<Landing> {
  try {
    const landing = await uc.db.transaction(async (tx) => {
      const landing = await landRecord(tx, uc, record, organisations);
      if (landing.outcome === 'refused' || dryRun)
        throw new Rollback({ ...landing, rolledBack: true });
      return landing;
    });
    organisations.committed(true);
    return landing;
  } catch (e) {
    organisations.committed(false);
    if (e instanceof Rollback) return e.landing;
    // A record changed while it was imported (a stale version): refused like any other conflict.
    if (e instanceof AppError) return refused(e.message, null);
    throw e;
  }
}

async function landRecord(
  tx: Db,
  uc: UseCaseContext,
  record: ResponseRecord,
  organisations: OrganisationsSeen,
): Promise<Landing> {
  const found = await organisations.resolve(tx, uc.actor, record.organisation);
  if (!found.ok) return refused(found.message, null);
  const org = found.row;
  const organisation = { name: org.name, added: found.created };
  const role = roleIn(uc.actor, org.id);
  if (!role || !roleAtLeast(role, 'editor'))
    return refused(`You are not an editor for ${org.name}`, organisation);
  // A held report comes with the organisation's response to it, if any; a new one has none yet.
  const { report, existing } = await meetOrCreateReport(tx, record.report, org.id);
  const plan = planRecordImport({ existing, actorRole: role, actorId: uc.actor.id ?? '' });
  if (!plan.ok) return { ...refused(plan.error.message, organisation), recordId: existing!.id };
  const landed = { organisation, message: null, rolledBack: false };
  if (plan.value.kind === 'create') {
    // A national report's findings linked as they are inserted: no statement after.
    const links = await reportLinks(tx, report, record.findings, []);
    const created = await createImportedRecord(tx, uc, {
      record,
      organisation: org,
      report,
      status: plan.value.status,
      reportLinks: links.linked,
    });
    // Checked from the rows the inserts returned: the same check as reading them back.
    checkedStaffRecord(created);
    const message = unlinkedMessage(links.questions);
    return { ...landed, message, outcome: 'created', recordId: created.row.id, version: 1 };
  }
  await startImportedVersion(tx, uc, { record, existing: existing!, plan: plan.value });
  const message = await linkOrSay(tx, report, existing!.id, record);
  // The held findings and the new ones together: still a record every read can answer with.
  await storedStaffRecord(tx, existing!.id);
  return {
    ...landed,
    message,
    outcome: 'new_version',
    recordId: existing!.id,
    version: plan.value.version,
  };
}

/**
 * A national or thematic report's findings linked to the report's own. An import that cannot ask (the CLI,
 * `import.records`) leaves a finding whose wording differs unlinked, and says so: the admin app's import asks.
 */
async function linkOrSay(
  tx: Db,
  report: ReportRow,
  recordId: string,
  record: ResponseRecord,
): Promise<string | null> {
  return unlinkedMessage(await linkToReportFindings(tx, report, recordId, record.findings, []));
}

function unlinkedMessage(unanswered: readonly ReportFindingQuestion[]): string | null {
  if (unanswered.length === 0) return null;
  return `${questionsInWords(unanswered)}: worded differently from the national report's of the same number, so left unlinked to it; import the file in the admin app, which asks whether ${unanswered.length === 1 ? 'it is' : 'they are'} the same`;
}

function refused(message: string, organisation: Landing['organisation']): Landing {
  return {
    outcome: 'refused',
    recordId: null,
    version: null,
    organisation,
    message,
    rolledBack: true,
  };
}
