import type { RecordDiagnostic, RecordInFile } from '@irr/domain';

/** Where a line of the record text came from in the document: its page (PDF) and paragraph. */
export interface SourcePlace {
  page?: number;
  paragraph: number;
}

/**
 * What a document adapter makes: the document as record text (the format `parseRecords` reads, HTML lines
 * included), the place each line came from, and what the adapter itself noticed (running headers left out).
 */
interface RecordText {
  text: string;
  /** `places[i]` is where line i + 1 of `text` came from. */
  places: SourcePlace[];
  diagnostics: RecordDiagnostic[];
}

/** An adapter's answer: record text, or the reason the document cannot be read (no text layer). */
export type Adapted = ({ ok: true } & RecordText) | { ok: false; diagnostics: RecordDiagnostic[] };

/** Builds record text line by line, remembering where each line came from. */
export class RecordTextWriter {
  private readonly lines: string[] = [];
  private readonly places: SourcePlace[] = [];
  readonly diagnostics: RecordDiagnostic[] = [];

  /** One line of record text; a line break inside `text` is folded to a space, so lines stay one-to-one. */
  line(text: string, place: SourcePlace): void {
    this.lines.push(text.replace(/\r?\n|\r/g, ' '));
    this.places.push(place);
  }

  /** A blank line (the record format separates blocks with them), placed with the line before it. */
  blank(): void {
    if (this.lines.length === 0 || this.lines[this.lines.length - 1] === '') return;
    this.line('', this.places[this.places.length - 1]!);
  }

  /** The 1-based line the next `line()` will write. */
  get nextLine(): number {
    return this.lines.length + 1;
  }

  finish(): Adapted {
    return {
      ok: true,
      text: this.lines.join('\n'),
      places: this.places,
      diagnostics: this.diagnostics,
    };
  }
}

/** Each diagnostic of each record gains the page and paragraph its line came from. */
export function placeDiagnostics(
  records: RecordInFile[],
  places: readonly SourcePlace[],
): RecordInFile[] {
  const place = (d: RecordDiagnostic): RecordDiagnostic => {
    const at = places[d.line - 1] ?? places[places.length - 1];
    if (!at || d.paragraph !== undefined) return d;
    return { ...d, ...(at.page !== undefined && { page: at.page }), paragraph: at.paragraph };
  };
  return records.map((r) => ({ ...r, diagnostics: r.diagnostics.map(place) }));
}
