import type { RecordDiagnostic } from '@irr/domain';
import type { SourceLine } from '../../lib/imports';

/** Where a line is in its document, as a person would look for it: "page 3, paragraph 2". */
export function placeName(line: Pick<SourceLine, 'page' | 'paragraph'>): string | null {
  if (line.paragraph === null) return null;
  return `${line.page === null ? '' : `page ${line.page}, `}paragraph ${line.paragraph}`;
}

export const lineAnchor = (line: number) => `source-line-${line}`;
export const blockAnchor = (line: number) => `place-${line}`;

/** Diagnostics by the line they stand at. */
export function byLine(diagnostics: readonly RecordDiagnostic[]): Map<number, RecordDiagnostic[]> {
  const out = new Map<number, RecordDiagnostic[]>();
  for (const d of diagnostics) out.set(d.line, [...(out.get(d.line) ?? []), d]);
  return out;
}

export const severityLabel: Record<RecordDiagnostic['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** The diagnostics to list beside the blocks to place: a block's own UNPLACED_TEXT error is the block itself. */
export function listedDiagnostics(
  diagnostics: readonly RecordDiagnostic[],
  unplaced: readonly { line: number }[],
): RecordDiagnostic[] {
  const blockLines = new Set(unplaced.map((b) => b.line));
  return diagnostics.filter((d) => !(d.code === 'UNPLACED_TEXT' && blockLines.has(d.line)));
}

/** How many things stand in the way of importing: errors and blocks not yet placed, each once. */
export function blockingCount(reviewed: {
  diagnostics: readonly RecordDiagnostic[];
  unplaced: readonly { line: number }[];
}): number {
  const errors = listedDiagnostics(reviewed.diagnostics, reviewed.unplaced).filter(
    (d) => d.severity === 'error',
  );
  return errors.length + reviewed.unplaced.length;
}
