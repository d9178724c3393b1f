import type { FindingKind, OfficeHolder } from '../../model/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { matchHeaderLine, type HeaderField } from '../labels.js';
import type { SourceLine } from '../source/line-scan.js';
import { textBlocks } from '../source/text-blocks.js';
import type { DraftFinding } from './findings/findings-state.js';
import { readFindings } from './findings/read-findings.js';
import { commentsStart } from './comments-reader.js';
import { SECTION_FIELDS, type LayoutState } from './record-layout.js';

const KIND_OF_SECTION: Partial<Record<HeaderField, FindingKind>> = {
  recommendations: 'recommendation',
  causesOfConcern: 'cause_of_concern',
  areasForImprovement: 'area_for_improvement',
};

/** Draft findings of every section in document order, and the section field each came from. */
export interface SectionsRead {
  drafts: DraftFinding[];
  fieldOf: Map<number, string>;
}

/**
 * Read each findings section in document order. Where the commissioner's comments have no heading,
 * the last section may end where prose names the commissioner: those lines become the comments.
 */
export function readSections(
  layout: LayoutState,
  commissioner: OfficeHolder,
  frameworkId: string | null,
  diagnostics: Diagnostics,
): SectionsRead {
  let key = 0;
  const nextKey = () => ++key;
  const fields = layout.fields;
  const order = SECTION_FIELDS.filter((f) => fields.has(f)).sort(
    (a, b) => fields.get(a)!.line - fields.get(b)!.line,
  );
  const guessComments = layout.commentHeadingLine.commissioner === undefined;
  for (const field of order) warnStrayHeaderFields(fields.get(field)!.lines, diagnostics);
  const result = readFindings(
    order.map((field) => ({
      field,
      kind: KIND_OF_SECTION[field]!,
      blocks: textBlocks(fields.get(field)!.lines),
    })),
    {
      frameworkId,
      nextKey,
      ...(guessComments ? { startsComments: commentsStart(commissioner) } : {}),
    },
    diagnostics,
  );
  const read: SectionsRead = { drafts: result.findings, fieldOf: new Map() };
  for (const d of result.findings) read.fieldOf.set(d.key, d.field);
  const from = result.commentsFromLine;
  const last = order.at(-1);
  if (from !== null && last) {
    layout.comments.commissioner = fields.get(last)!.lines.filter((l) => l.no >= from);
    layout.guessedCommentsFrom = from;
    diagnostics.warn(
      from,
      'commissionerComments',
      'COMMENTS_START_GUESSED',
      `the commissioner's comments have no heading; they are taken to start here. Add a line "Commissioner's response" above them if that is wrong`,
    );
  }
  return read;
}

/**
 * A header field's line (`Grade<TAB>Good`) after the findings have started is not read as the field:
 * it stays text of the findings, and the user is told, rather than finding it glued on silently.
 */
function warnStrayHeaderFields(lines: readonly SourceLine[], diagnostics: Diagnostics) {
  for (const line of lines) {
    const header = line.text.includes('\t') ? matchHeaderLine(line.text) : null;
    if (!header?.value || SECTION_FIELDS.includes(header.field)) continue;
    diagnostics.warn(
      line.no,
      header.field,
      'UNEXPECTED_TEXT',
      `"${header.label}" looks like a header field, but the header ends where the findings start; it is read as text of the findings. Move it above the first findings section if it is the record's ${header.label}`,
    );
  }
}
