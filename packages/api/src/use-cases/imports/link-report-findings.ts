import type { Db } from '@irr/db';
import {
  addReportFindings,
  linkFindingsToReport,
  reportFindingsOf,
  type ReportRow,
} from '@irr/db/repositories';
import {
  AppError,
  findingsSharedAcrossForces,
  findingName,
  linkReportFindings,
  reportFindingNumber,
  type Finding,
  type ImportDecision,
  type ReportFindingQuestion,
} from '@irr/domain';

/**
 * What an import of a national or thematic report would ask about its findings (none for any other
 * report): those whose number the report holds with other wording, not yet answered. Reads only.
 */
export async function reportFindingQuestions(
  db: Db,
  report: Pick<ReportRow, 'id' | 'national' | 'type'> | null,
  findings: readonly Finding[],
  decisions: readonly ImportDecision[],
): Promise<ReportFindingQuestion[]> {
  if (!report || !findingsSharedAcrossForces(report)) return [];
  return linkReportFindings(findings, await reportFindingsOf(db, report.id), decisions).questions;
}

/**
 * Inside an import's transaction: which of a national or thematic report's own findings each of the
 * record's answers (by ref), the report's findings made from this answer where it holds none of that
 * number yet; and what is left unlinked because its wording differs and nobody has said whether it is
 * the same (`report_finding` decisions answer it). Nothing for any other report, without a query.
 */
export async function reportLinks(
  tx: Db,
  report: Pick<ReportRow, 'id' | 'national' | 'type'>,
  findings: readonly Finding[],
  decisions: readonly ImportDecision[],
): Promise<{ linked: Map<string, string>; questions: ReportFindingQuestion[] }> {
  if (!findingsSharedAcrossForces(report)) return { linked: new Map(), questions: [] };
  const links = linkReportFindings(findings, await reportFindingsOf(tx, report.id), decisions);
  const added = await addReportFindings(tx, report.id, links.added);
  const made = new Map(added.map((a) => [`${a.kind} ${a.number}`, a]));
  const beaten: Finding[] = [];
  for (const f of links.added) {
    const row = made.get(`${f.kind} ${reportFindingNumber(f)}`);
    if (row && row.text === f.text) links.linked.set(f.ref, row.id);
    else beaten.push(f);
  }
  if (beaten.length === 0) return { linked: links.linked, questions: links.questions };
  // Another finding of that number made the report's first: an earlier one of this record, or (on
  // PostgreSQL) an import beside this one. Met with what the report now holds, as a later import would be.
  const again = linkReportFindings(beaten, await reportFindingsOf(tx, report.id), decisions);
  for (const [ref, id] of again.linked) links.linked.set(ref, id);
  return { linked: links.linked, questions: [...links.questions, ...again.questions] };
}

/**
 * Once the record's findings are written: each linked to the report's own finding it answers
 * (`reportLinks`), or to none. Returns the findings left unlinked for want of an answer.
 */
export async function linkToReportFindings(
  tx: Db,
  report: Pick<ReportRow, 'id' | 'national' | 'type'>,
  recordId: string,
  findings: readonly Finding[],
  decisions: readonly ImportDecision[],
): Promise<ReportFindingQuestion[]> {
  if (!findingsSharedAcrossForces(report)) return [];
  const { linked, questions } = await reportLinks(tx, report, findings, decisions);
  await linkFindingsToReport(tx, recordId, linked);
  return questions;
}

/** The findings an import left unlinked, in words: for the CLI's line and the review's refusal. */
export function questionsInWords(questions: readonly ReportFindingQuestion[]): string {
  return questions
    .map((q) => findingName({ kind: q.kind, ref: q.ref, reference: q.number }))
    .join(', ');
}

/** Confirming an import that still has a finding's wording to answer for. */
export function reportFindingsUnanswered(questions: readonly ReportFindingQuestion[]): AppError {
  return new AppError(
    {
      code: 'REPORT_FINDING_UNANSWERED',
      message: `Say first whether ${questionsInWords(questions)} ${questions.length === 1 ? 'is' : 'are'} the national report's, worded differently here, or different ${questions.length === 1 ? 'one' : 'ones'}`,
      field: 'reportFindings',
    },
    { refs: questions.map((q) => q.ref) },
  );
}
