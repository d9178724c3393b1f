import type { Db } from '@irr/db';
import {
  findOrganisation,
  findRecordForReport,
  reportCandidates,
  type OrganisationRow,
  type RecordRow,
} from '@irr/db/repositories';
import {
  matchReport,
  roleAtLeast,
  type HeldReport,
  type ImportDecision,
  type PublicationStatus,
  type ResponseRecord,
} from '@irr/domain';
import { roleIn, type Actor } from '../context.js';

export type MeetingChoice = 'open' | 'create' | 'replace_draft' | 'next_version';

interface MeetingReport {
  id: string;
  title: string;
  publishedOn: string | null;
  link: string | null;
}

/** What the user is told when an import meets a report already held, and what they may do. */
export interface Meeting {
  match: 'same' | 'near';
  why: string;
  /** The report met: for a near match, the one the user chose, else the first candidate. */
  report: MeetingReport;
  /** For a near match, every report it might be; otherwise none. */
  candidates: MeetingReport[];
  record: null | {
    id: string;
    status: PublicationStatus;
    draftVersion: number;
    latestPublishedVersion: number | null;
    rowVersion: number;
  };
  choices: MeetingChoice[];
}

/** The meeting, and what a confirm acts on: the report to respond to (null for a new one) and the record held for it. */
export interface Encounter {
  meeting: Meeting | null;
  reportId: string | null;
  existing: RecordRow | null;
}

const NO_ENCOUNTER: Encounter = { meeting: null, reportId: null, existing: null };

/**
 * The organisation a record names, if the user may import into it: stored, and one where they are at
 * least an editor. Anything else is null (the review then says why it cannot be imported).
 */
export async function resolveImportOrganisation(
  db: Db,
  actor: Actor,
  record: ResponseRecord | null,
): Promise<OrganisationRow | null> {
  if (!record) return null;
  const org = await findOrganisation(db, record.organisation);
  if (!org) return null;
  const role = roleIn(actor, org.id);
  return role && roleAtLeast(role, 'editor') ? org : null;
}

/**
 * Whether the import meets a report already held (the domain's `matchReport` decides among the
 * candidates the database offers; a `report` decision answers a near match), the organisation's record
 * for it, and the choices the user has.
 */
export async function meetExisting(
  db: Db,
  organisationId: string | null,
  record: ResponseRecord | null,
  decisions: readonly ImportDecision[],
): Promise<Encounter> {
  if (!organisationId || !record) return NO_ENCOUNTER;
  const candidates = await reportCandidates(db, record.report, organisationId);
  const match = matchReport(record.report, organisationId, candidates);
  if (match.kind === 'none') return NO_ENCOUNTER;
  const byId = new Map(candidates.map((c) => [c.id, c]));
  if (match.kind === 'same') {
    const report = byId.get(match.reportId)!;
    return met(db, organisationId, { match: 'same', why: match.why, report, candidates: [] });
  }
  const near = match.reportIds.map((id) => byId.get(id)).filter((c) => c !== undefined);
  const answer = decisions.findLast((d) => d.kind === 'report');
  const chosen = answer?.reportId ? byId.get(answer.reportId) : undefined;
  const asked = { match: 'near' as const, why: match.why, candidates: near.map(shown) };
  if (chosen && match.reportIds.includes(chosen.id))
    return met(db, organisationId, { ...asked, report: chosen });
  const first = shown(near[0]!);
  // Answered "a new inspection": nothing held is met; unanswered: nothing can be done until it is.
  const choices: MeetingChoice[] = answer && answer.reportId === null ? ['create'] : [];
  return {
    meeting: { ...asked, report: first, record: null, choices },
    reportId: null,
    existing: null,
  };
}

async function met(
  db: Db,
  organisationId: string,
  m: { match: 'same' | 'near'; why: string; report: HeldReport; candidates: MeetingReport[] },
): Promise<Encounter> {
  const existing = await findRecordForReport(db, m.report.id, organisationId);
  const meeting: Meeting = {
    match: m.match,
    why: m.why,
    report: shown(m.report),
    candidates: m.candidates,
    record: existing && {
      id: existing.id,
      status: existing.status,
      draftVersion: existing.draftVersion,
      latestPublishedVersion: existing.latestPublishedVersion,
      rowVersion: existing.rowVersion,
    },
    choices: choicesFor(existing?.status ?? null),
  };
  return { meeting, reportId: m.report.id, existing };
}

/**
 * What may be done when the report is held: create a record when the organisation has none; replace
 * a draft (a never-published one, changes requested, or a published record's newer draft); only open
 * one in review or approved (replacing it would bypass review); start the next version of a published
 * or withdrawn one.
 */
function choicesFor(status: PublicationStatus | null): MeetingChoice[] {
  switch (status) {
    case null:
      return ['create'];
    case 'draft':
      return ['open', 'replace_draft'];
    case 'in_review':
    case 'approved':
      return ['open'];
    case 'published':
    case 'withdrawn':
      return ['open', 'next_version'];
  }
}

function shown(r: HeldReport): MeetingReport {
  return { id: r.id, title: r.title, publishedOn: r.publishedOn, link: r.link };
}
