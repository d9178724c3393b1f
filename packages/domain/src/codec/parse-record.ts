import { ResponseRecord } from '../model/index.js';
import { validateRecord } from '../rules/index.js';
import {
  measureCoverage,
  reportUnplaced,
  type SourceCoverage,
} from './placement/measure-coverage.js';
import type { SourceParagraph } from './placement/source-paragraphs.js';
import { normaliseContent } from './placement/text-runs.js';
import { Diagnostics, type RecordDiagnostic } from './diagnostics.js';
import { parseGrades } from './grades.js';
import { richFromLines } from './header-values.js';
import { looksBinary } from './normalise.js';
import { warnMissingComments } from './readers/comments-reader.js';
import { finishFindings } from './readers/findings/finish-findings.js';
import {
  checkRequired,
  readOfficeHolders,
  readOrganisation,
  readReport,
  type HeaderFields,
} from './readers/header-reader.js';
import { readLayout } from './readers/record-layout.js';
import { readSections } from './readers/sections-reader.js';
import { scanLines } from './source/line-scan.js';

interface ParseRecordDetails {
  diagnostics: RecordDiagnostic[];
  /** Where each finding (by ref) starts (after `lineOffset`, as the diagnostics' lines), for pointing users at it. */
  findingLines: Record<string, number>;
  /** Characters of the source's content, and how many of them the draft holds (docs/record-format.md, "Coverage"). */
  coverage: SourceCoverage;
  /** Each paragraph of the source the parser placed nowhere (one UNPLACED_TEXT error each), for the user to place. */
  unplaced: UnplacedBlock[];
}

/**
 * `ok` is true when no diagnostic is an error: the record may be imported, and `record` is there (the type
 * says so: `if (result.ok) result.record.findings`). Otherwise `record` is the draft, or null only when
 * required header fields are missing or the input is not a record.
 */
export type ParseRecordResult = ParseRecordDetails &
  ({ ok: true; record: ResponseRecord } | { ok: false; record: ResponseRecord | null });

/** A paragraph of the source the parser placed nowhere: its line (after `lineOffset`), field and whole text. */
export interface UnplacedBlock {
  line: number;
  field: string;
  text: string;
}

/**
 * Read one response record in the format offices publish today. Never throws: every problem
 * becomes a diagnostic with its line. `lineOffset` shifts reported lines (records within a larger file).
 * The pipeline (docs/record-format.md, "How the parser is built"): line scan, layout, header, findings
 * sections, comments, then the record is checked against the schema and the record rules.
 */
export function parseRecord(
  input: string,
  options: { lineOffset?: number } = {},
): ParseRecordResult {
  const lineOffset = options.lineOffset ?? 0;
  const diagnostics = new Diagnostics(lineOffset);
  const refusal = refuseNonRecord(input);
  if (refusal) {
    diagnostics.error(1, 'file', refusal.code, refusal.message);
    const coverage = { contentChars: 0, placedChars: 0 };
    return {
      ok: false,
      record: null,
      diagnostics: diagnostics.items,
      findingLines: {},
      coverage,
      unplaced: [],
    };
  }
  const lines = scanLines(input);
  const layout = readLayout(lines, diagnostics);
  const fields = layout.fields;
  const headerEnd = Math.min(...[...fields.values()].map((f) => f.line), lines.length) || 1;
  const header: HeaderFields = { fields, headerEnd, diagnostics };
  checkRequired(header, lines.length);
  const organisation = readOrganisation(header);
  const { commissioner, chief } = readOfficeHolders(header);
  const report = readReport(header);
  const grades = parseGrades(fields.get('grades')?.lines ?? [], report.framework, diagnostics);
  const sections = readSections(layout, commissioner, report.framework, diagnostics);
  warnMissingComments(layout, lines.length, diagnostics);
  const findings = finishFindings(
    sections.drafts,
    diagnostics,
    (d) => sections.fieldOf.get(d.key) ?? 'findings',
  );
  const ownLines = Object.fromEntries(findings.map((f) => [f.finding.ref, f.line]));
  const findingLines = Object.fromEntries(
    findings.map((f) => [f.finding.ref, f.line + lineOffset]),
  );

  const record: ResponseRecord = {
    version: layout.version,
    documentVersion: layout.documentVersion,
    status: 'draft',
    organisation,
    commissioner,
    chiefOfficer: chief,
    report,
    summary: richFromLines(fields.get('summary')?.lines ?? []),
    grades,
    findings: findings.map((f) => f.finding),
    commissionerComments: richFromLines(layout.comments.commissioner),
    chiefOfficerComments: richFromLines(layout.comments.chiefOfficer),
  };
  const { coverage, unplaced } = measureCoverage(lines, layout, record);
  const blocks = unplacedBlocks(unplaced, lineOffset);
  if (diagnostics.items.some((d) => d.code === 'MISSING_FIELD' && d.severity === 'error')) {
    reportUnplaced(unplaced, diagnostics);
    return {
      ok: false,
      record: null,
      diagnostics: diagnostics.items,
      findingLines,
      coverage,
      unplaced: blocks,
    };
  }
  const lineOf = (ref: string | undefined) => (ref ? (ownLines[ref] ?? headerEnd) : headerEnd);
  checkRecord(record, diagnostics, lineOf, fields.get('grades')?.line ?? headerEnd);
  reportUnplaced(unplaced, diagnostics);
  const details = { diagnostics: diagnostics.items, findingLines, coverage, unplaced: blocks };
  return diagnostics.hasErrors
    ? { ok: false, record, ...details }
    : { ok: true, record, ...details };
}

function unplacedBlocks(
  paragraphs: readonly SourceParagraph[],
  lineOffset: number,
): UnplacedBlock[] {
  return paragraphs.map((p) => ({
    line: p.line + lineOffset,
    field: p.field,
    text: normaliseContent(p.text),
  }));
}

function refuseNonRecord(input: unknown): { code: string; message: string } | null {
  if (typeof input !== 'string') return { code: 'NOT_TEXT', message: 'the input is not text' };
  if (looksBinary(input))
    return {
      code: 'NOT_TEXT',
      message: 'this looks like a binary file, not a response record in text',
    };
  if (input.trim() === '') return { code: 'EMPTY', message: 'the file is empty' };
  return null;
}

/**
 * The schema and the record rules, each problem pinned to its finding's line or the header. Lines are
 * as `lineOf` gives them, shifted by the `diagnostics`' offset. Import review checks its result with it too.
 */
export function checkRecord(
  record: ResponseRecord,
  diagnostics: Diagnostics,
  lineOf: (ref: string | undefined) => number,
  gradesLine: number,
) {
  const schema = ResponseRecord.safeParse(record);
  if (!schema.success) {
    for (const issue of schema.error.issues) {
      const path = issue.path.join('.');
      const ref =
        issue.path[0] === 'findings' ? record.findings[Number(issue.path[1])]?.ref : undefined;
      diagnostics.error(lineOf(ref), path, 'INVALID_VALUE', `${path}: ${issue.message}`);
    }
  }
  for (const v of validateRecord(record)) {
    const line = v.ref ? lineOf(v.ref) : gradesLine;
    diagnostics.add(v.severity, line, v.path, v.code, v.message);
  }
}
