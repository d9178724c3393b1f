import type { Diagnostics } from '../../diagnostics.js';
import type { Block } from '../../source/source-block.js';
import { readListItem, readProse } from './content-steps.js';
import {
  closeFinding,
  findingsState,
  type DraftFinding,
  type FindingsState,
  type SectionOptions,
} from './findings-state.js';
import {
  readCauseReset,
  readExplicitGroup,
  readKnownHeading,
  readNone,
  readUnknownHeading,
  startsComments,
} from './heading-steps.js';
import {
  readAcceptance,
  readExplanation,
  readFindingPrefix,
  readStatus,
  readSupersedes,
  readUpdate,
} from './label-steps.js';

type Step = (s: FindingsState, b: Block, next: Block | undefined) => boolean;

/** Tried in order on every block not escaped as literal; the first that reads the block wins. */
const LABEL_STEPS: Step[] = [
  readNone,
  readExplicitGroup,
  readCauseReset,
  readUpdate,
  readAcceptance,
  readExplanation,
  readStatus,
  readSupersedes,
  readFindingPrefix,
];
/** Then, for blocks that are not list items. */
const HEADING_STEPS: Step[] = [readKnownHeading, readUnknownHeading];

/**
 * Read the blocks of one findings section (recommendations, causes of concern or areas for improvement)
 * into draft findings. Stops early where the commissioner's comments are found to start.
 */
export function readFindings(
  blocks: readonly Block[],
  options: SectionOptions,
  diagnostics: Diagnostics,
): { findings: DraftFinding[]; commentsFromLine: number | null } {
  const s = findingsState(options, diagnostics);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (readBlock(s, b, blocks[i + 1]) === 'comments') {
      closeFinding(s);
      return { findings: s.findings, commentsFromLine: b.line };
    }
  }
  closeFinding(s);
  return { findings: s.findings, commentsFromLine: null };
}

function readBlock(s: FindingsState, b: Block, next: Block | undefined): 'comments' | undefined {
  // A literal block (escaped with a backslash) is prose whatever it looks like.
  const listItem = b.kind === 'list-item' && !b.literal;
  if (!b.literal) {
    if (LABEL_STEPS.some((step) => step(s, b, next))) return;
    if (!listItem) {
      if (HEADING_STEPS.some((step) => step(s, b, next))) return;
      if (startsComments(s, b)) return 'comments';
    }
  }
  if (listItem) readListItem(s, b);
  else readProse(s, b);
}
