import type { RecordDiagnostic } from '../codec/diagnostics.js';
import type { ParseRecordResult, UnplacedBlock } from '../codec/parse-record.js';
import type { ResponseRecord } from '../model/index.js';
import type { ImportDecision } from './decisions.js';

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

/**
 * The parser's draft with the user's review decisions applied in order, checked against the record's
 * schema and rules as an import would be. Pure: the same parse and decisions always give the same result.
 */
export function applyImportReview(
  parsed: ParseRecordResult,
  decisions: readonly ImportDecision[],
): ReviewedImport {
  throw new Error(`not implemented yet (${parsed.ok}, ${decisions.length})`);
}
