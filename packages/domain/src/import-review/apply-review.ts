import type { RecordDiagnostic } from '../codec/diagnostics.js';
import { REFUSAL_CODES } from '../codec/placement/measure-coverage.js';
import type { ParseRecordResult, UnplacedBlock } from '../codec/parse-record.js';
import type { ResponseRecord } from '../model/index.js';
import type { ImportDecision } from './decisions.js';
import { decidingLast } from './deciding-last.js';
import { applyHeaderValue, PARSER_FIELD } from './header-decision.js';
import { applyHeadings, placeBlocks } from './place-blocks.js';
import { ReviewLines } from './review-lines.js';

/** A parsed import with the user's review applied: what confirming it would save. */
export interface ReviewedImport {
  /** The draft with every decision applied; null while the source gives no record (a required header field missing). */
  record: ResponseRecord | null;
  /**
   * The parser's diagnostics that still stand (an UNPLACED_TEXT error resolved by a decision, or a header
   * error the user corrected, is gone), and an error for each decision that no longer applies or is
   * incomplete (an update placed on a finding the draft does not have, a drop without a reason).
   */
  diagnostics: RecordDiagnostic[];
  /** Blocks still neither placed nor dropped. */
  unplaced: UnplacedBlock[];
  /** Ready to import: no error diagnostic and nothing unplaced. */
  ok: boolean;
}

/** Diagnostics that only say a line's text was not read: answered once the user places or drops it. */
const NOT_READ: ReadonlySet<string> = new Set([
  'UNPLACED_TEXT',
  'UNEXPECTED_TEXT',
  ...REFUSAL_CODES,
]);

/**
 * The parser's draft with the user's review decisions applied, checked against the record's schema
 * and rules as an import would be. Pure: the same parse and decisions always give the same result.
 * Of several decisions on one block, finding or header field the last counts. Finding decisions are
 * applied first, then header fields, then blocks in line order (so text placed in one field reads in
 * the source's order); headings last, since a heading covers the findings up to the next one.
 * `report` decisions change nothing here: they answer which report the import meets.
 */
export function applyImportReview(
  parsed: ParseRecordResult,
  decisions: readonly ImportDecision[],
): ReviewedImport {
  if (parsed.record === null) {
    const { diagnostics, unplaced } = parsed;
    return { record: null, diagnostics, unplaced, ok: false };
  }
  // A deep copy (the draft is plain JSON data): decisions change the copy, never the parse they started from.
  const record = JSON.parse(JSON.stringify(parsed.record)) as ResponseRecord;
  const lines = new ReviewLines(parsed, parsed.record);
  const decided = decidingLast(decisions);
  const problems: RecordDiagnostic[] = [];
  const problem = (line: number, field: string, code: string, message: string) =>
    problems.push({ severity: 'error', line, field, code, message });

  for (const d of decided.findings) {
    const finding = record.findings.find((f) => f.ref === d.ref);
    if (!finding) {
      problem(lines.start, 'findings', 'DECISION_STALE', `no finding is "${d.ref}" in this record`);
      continue;
    }
    if (d.findingKind !== undefined && d.findingKind !== finding.kind) {
      finding.kind = d.findingKind;
      // Only a recommendation sits under a cause; one that stops being one leaves it (unless told).
      if (d.findingKind !== 'recommendation') finding.causeOfConcernRef = null;
    }
  }
  for (const d of decided.findings) {
    const finding = record.findings.find((f) => f.ref === d.ref);
    if (!finding || d.causeOfConcernRef === undefined) continue;
    const cause = record.findings.find((f) => f.ref === d.causeOfConcernRef);
    if (d.causeOfConcernRef !== null && cause?.kind !== 'cause_of_concern') {
      const message = `"${d.causeOfConcernRef}" is not a cause of concern in this record; choose one that is, or none`;
      problem(lines.ofFinding(d.ref), 'findings', 'UNKNOWN_CAUSE_OF_CONCERN', message);
      continue;
    }
    finding.causeOfConcernRef = d.causeOfConcernRef;
  }

  const resolved = new Set<UnplacedBlock>();
  const answeredFields = new Set<string>();
  for (const d of decided.headers) {
    const field = PARSER_FIELD[d.field];
    const said = applyHeaderValue(record, d.field, d.value);
    if (said?.severity !== 'error') {
      answeredFields.add(field);
      for (const block of parsed.unplaced) if (block.field === field) resolved.add(block);
    }
    if (said) problems.push({ ...said, line: lines.ofField(field), field });
  }

  const headings: { line: number; text: string }[] = [];
  for (const d of decided.blocks) {
    const blocks = parsed.unplaced.filter((b) => b.line === d.line);
    const field = blocks[0]?.field ?? 'record';
    const failed =
      blocks.length === 0
        ? { code: 'DECISION_STALE', message: `line ${d.line} has no unplaced text` }
        : placeBlocks(record, d, blocks);
    if (failed) {
      problem(d.line, field, failed.code, failed.message);
      continue;
    }
    for (const block of blocks) resolved.add(block);
    if (d.as === 'heading')
      headings.push({ line: d.line, text: blocks.map((b) => b.text).join(' ') });
  }
  applyHeadings(record, headings, parsed.findingLines);

  const unplaced = parsed.unplaced.filter((b) => !resolved.has(b));
  const stillUnread = new Set(unplaced.map((b) => b.line));
  const readLines = new Set([...resolved].map((b) => b.line).filter((l) => !stillUnread.has(l)));
  const standing = lines.readerDiagnostics.filter(
    (d) => !answeredFields.has(d.field) && !(readLines.has(d.line) && NOT_READ.has(d.code)),
  );
  const diagnostics = [...standing, ...lines.check(record), ...problems].sort(
    (a, b) => a.line - b.line,
  );
  return {
    record,
    diagnostics,
    unplaced,
    ok: unplaced.length === 0 && !diagnostics.some((d) => d.severity === 'error'),
  };
}
