import type {
  ImportDecision,
  PublicationStatus,
  RecordDiagnostic,
  ResponseRecord,
} from '@irr/domain';
import { useTRPCClient } from './trpc';

// The `imports` router's shapes (issue 15 contract). Written out until the router is merged; then these
// become the router's own output types.

type MeetingChoice = 'open' | 'create' | 'replace_draft' | 'next_version';

export interface MeetingReport {
  id: string;
  title: string;
  publishedOn: string | null;
  link: string | null;
}

export interface Meeting {
  match: 'same' | 'near';
  why: string;
  report: MeetingReport;
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

export interface PendingImportSummary {
  id: string;
  batchId: string;
  fileName: string;
  format: 'docx' | 'pdf' | 'html' | 'record-text' | 'unknown';
  startLine: number;
  endLine: number;
  status: 'pending' | 'imported' | 'discarded';
  organisation: string | null;
  reportTitle: string | null;
  findings: number;
  updates: number;
  errors: number;
  warnings: number;
  unplaced: number;
  ready: boolean;
  meeting: Meeting | null;
  resultRecordId: string | null;
  expiresAt: string;
}

/** A paragraph of the source the parser placed nowhere (the domain's `UnplacedBlock`). */
export interface UnplacedBlock {
  line: number;
  field: string;
  text: string;
}

export interface SourceLine {
  no: number;
  text: string;
  page: number | null;
  paragraph: number | null;
}

export interface PendingImportView extends PendingImportSummary {
  rowVersion: number;
  source: SourceLine[];
  decisions: ImportDecision[];
  reviewed: {
    record: ResponseRecord | null;
    diagnostics: RecordDiagnostic[];
    unplaced: UnplacedBlock[];
    ok: boolean;
  };
  findingLines: Record<string, number>;
  existingText: string | null;
  importedText: string | null;
}

export type ConfirmAction = 'create' | 'replace_draft' | 'next_version';

export interface ImportsApi {
  stage: {
    mutate(
      input:
        | { file: { name: string; base64: string }; batchId?: string }
        | { text: string; fileName?: string; batchId?: string },
    ): Promise<{ batchId: string; items: PendingImportSummary[] }>;
  };
  batch: {
    query(input: { batchId: string }): Promise<{
      id: string;
      createdAt: string;
      expiresAt: string;
      items: PendingImportSummary[];
    }>;
  };
  mine: { query(input: Record<string, never>): Promise<{ items: PendingImportSummary[] }> };
  get: { query(input: { id: string }): Promise<PendingImportView> };
  decide: {
    mutate(input: {
      id: string;
      rowVersion: number;
      decisions: ImportDecision[];
    }): Promise<PendingImportView>;
  };
  confirm: {
    mutate(input: {
      id: string;
      rowVersion: number;
      action: ConfirmAction;
      existingRowVersion?: number;
    }): Promise<{
      outcome: 'created' | 'replaced_draft' | 'new_version';
      recordId: string;
      version: number;
    }>;
  };
  confirmBatch: {
    mutate(input: { batchId: string; ids: string[] }): Promise<{
      results: {
        id: string;
        outcome: 'created' | 'skipped';
        recordId: string | null;
        message: string | null;
      }[];
    }>;
  };
  discard: { mutate(input: { id: string }): Promise<{ discarded: true }> };
}

export function useImports(): ImportsApi {
  return (useTRPCClient() as unknown as { imports: ImportsApi }).imports;
}

/** Query keys of the import review's reads, so a write can refresh exactly them. */
export const importKeys = {
  all: ['imports'] as const,
  mine: ['imports', 'mine'] as const,
  batch: (batchId: string) => ['imports', 'batch', batchId] as const,
  one: (id: string) => ['imports', 'get', id] as const,
};
