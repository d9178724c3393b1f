import { z } from 'zod';

export const DiagnosticSeverity = z.enum(['error', 'warning', 'info']);
export type DiagnosticSeverity = z.infer<typeof DiagnosticSeverity>;

/**
 * Something the parser noticed, pinned to a 1-based line of the input and the field it belongs to; for a
 * document read through the record text (Word, PDF, web page) also to its page and paragraph there.
 */
export const RecordDiagnostic = z.object({
  severity: DiagnosticSeverity,
  line: z.number().int().positive(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
  /** In a paged document (PDF): the 1-based page the line came from. */
  page: z.number().int().positive().optional(),
  /** In a Word, PDF or web document: the 1-based paragraph (of the page, for a PDF) the line came from. */
  paragraph: z.number().int().positive().optional(),
});
export type RecordDiagnostic = z.infer<typeof RecordDiagnostic>;

export class Diagnostics {
  readonly items: RecordDiagnostic[] = [];
  constructor(private readonly lineOffset = 0) {}

  add(severity: DiagnosticSeverity, line: number, field: string, code: string, message: string) {
    this.items.push({ severity, line: line + this.lineOffset, field, code, message });
  }
  error(line: number, field: string, code: string, message: string) {
    this.add('error', line, field, code, message);
  }
  warn(line: number, field: string, code: string, message: string) {
    this.add('warning', line, field, code, message);
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}
