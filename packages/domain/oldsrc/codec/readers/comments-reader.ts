import type { Diagnostics } from '../diagnostics.js';
import { matchCommentsHeading } from '../labels.js';
import type { ScannedLine, SourceLine } from '../source/line-scan.js';

type Commenter = 'commissioner' | 'chiefOfficer';

/** The two comment sections: their lines, where their headings were, and which one is being read. */
export interface CommentsState {
  comments: Record<Commenter, SourceLine[]>;
  commentHeadingLine: Partial<Record<Commenter, number>>;
  inComments: Commenter | null;
  /** Set by the findings reader where the commissioner's comments start without a heading. */
  guessedCommentsFrom: number | null;
}

/**
 * A comments heading ("Chief Constable's response") opens that section; once in a section every line
 * is its own, kept as written. True when the line was read here.
 */
export function readCommentsLine(
  s: CommentsState,
  line: ScannedLine,
  diagnostics: Diagnostics,
): boolean {
  const heading = line.plain ? matchCommentsHeading(line.plain) : null;
  // After the chief officer's heading, a commissioner's heading is part of the chief officer's text.
  if (heading && !(s.inComments === 'chiefOfficer' && heading.who === 'commissioner')) {
    const first = s.commentHeadingLine[heading.who];
    if (first !== undefined) {
      diagnostics.error(
        line.no,
        heading.who === 'commissioner' ? 'commissionerComments' : 'chiefOfficerComments',
        'DUPLICATE_FIELD',
        `a second "${line.plain}" heading (the first is on line ${first})`,
      );
    } else s.commentHeadingLine[heading.who] = line.no;
    s.inComments = heading.who;
    return true;
  }
  if (!s.inComments) return false;
  s.comments[s.inComments].push({ no: line.no, text: line.text });
  return true;
}

/** After all sections are read: a comments section that never started is worth a warning. */
export function warnMissingComments(
  layout: CommentsState,
  lineCount: number,
  diagnostics: Diagnostics,
) {
  const headings = layout.commentHeadingLine;
  if (
    layout.comments.commissioner.length === 0 &&
    layout.guessedCommentsFrom === null &&
    headings.commissioner === undefined
  ) {
    diagnostics.warn(
      headings.chiefOfficer ?? lineCount,
      'commissionerComments',
      'NO_COMMISSIONER_COMMENTS',
      "no commissioner's comments were found",
    );
  }
  if (headings.chiefOfficer === undefined) {
    diagnostics.warn(
      lineCount,
      'chiefOfficerComments',
      'NO_CHIEF_OFFICER_COMMENTS',
      `no "Chief Constable's response" heading was found`,
    );
  }
}
