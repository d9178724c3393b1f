import type { RecordDiagnostic } from '@irr/domain';

type ImportItemOutcome =
  | 'created'
  | 'new_version'
  | 'would_create'
  | 'would_add_version'
  | 'refused'
  | 'invalid'
  | 'failed';

/** What happened to one record of an import, with the lines it came from. */
export interface ImportItem {
  startLine: number;
  endLine: number;
  outcome: ImportItemOutcome;
  recordId: string | null;
  /** The version the new draft becomes when it is published. */
  version: number | null;
  /** The organisation as stored, or as the record names it when it was not found. */
  organisation: string | null;
  /** The organisation was added from the reference list for this record. */
  organisationAdded: boolean;
  reportTitle: string | null;
  findings: number;
  updates: number;
  message: string | null;
  diagnostics: RecordDiagnostic[];
  /**
   * For the operator at the shell only: the database's own words when a record failed. The API's
   * output schema has no such field, so it never reaches a client.
   */
  detail?: string;
}
