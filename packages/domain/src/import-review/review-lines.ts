import { Diagnostics, type RecordDiagnostic } from '../codec/diagnostics.js';
import { checkRecord, type ParseRecordResult } from '../codec/parse-record.js';
import type { ResponseRecord } from '../model/index.js';

// Check diagnostics are told apart by what they say; their lines may move as findings change.
const keyOf = (d: RecordDiagnostic) =>
  `${d.severity}\u0000${d.field}\u0000${d.code}\u0000${d.message}`;

/**
 * The parse's lines, as the review needs them: the diagnostics the readers gave (the record's check is
 * run again on the reviewed draft), and the line to pin a problem on.
 */
export class ReviewLines {
  /** The parser's diagnostics less those of checking its draft, which the review recomputes. */
  readonly readerDiagnostics: RecordDiagnostic[];
  /** The first line the parse mentions: where a problem with no line of its own is pinned. */
  readonly start: number;
  /** The line the parse gave each check diagnostic that had no finding's line (a grade's, the header's). */
  private readonly checkLine = new Map<string, number>();

  constructor(
    private readonly parsed: ParseRecordResult,
    draft: ResponseRecord,
  ) {
    const all = [
      ...parsed.diagnostics.map((d) => d.line),
      ...Object.values(parsed.findingLines),
      ...parsed.unplaced.map((b) => b.line),
    ];
    this.start = all.length > 0 ? Math.min(...all) : 1;
    const checked = new Map<string, number>();
    for (const d of this.checkOf(draft)) checked.set(keyOf(d), (checked.get(keyOf(d)) ?? 0) + 1);
    this.readerDiagnostics = parsed.diagnostics.filter((d) => {
      const left = checked.get(keyOf(d)) ?? 0;
      if (left === 0) return true;
      checked.set(keyOf(d), left - 1);
      this.checkLine.set(keyOf(d), d.line);
      return false;
    });
  }

  ofFinding(ref: string): number {
    return this.parsed.findingLines[ref] ?? this.start;
  }

  ofField(field: string): number {
    const at =
      this.parsed.unplaced.find((b) => b.field === field) ??
      this.parsed.diagnostics.find((d) => d.field === field);
    return at?.line ?? this.start;
  }

  /** The schema and record rules on `record`, at the lines the parse gave them (0 for "no finding's"). */
  private checkOf(record: ResponseRecord): RecordDiagnostic[] {
    const found = new Diagnostics();
    checkRecord(record, found, (ref) => (ref ? (this.parsed.findingLines[ref] ?? 0) : 0), 0);
    return found.items;
  }

  check(record: ResponseRecord): RecordDiagnostic[] {
    return this.checkOf(record).map((d) =>
      d.line === 0 ? { ...d, line: this.checkLine.get(keyOf(d)) ?? this.start } : d,
    );
  }
}
