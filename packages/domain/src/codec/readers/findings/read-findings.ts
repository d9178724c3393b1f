import type { Diagnostics } from '../../diagnostics.js';
import type { Block } from '../../source/source-block.js';
import { readListItem, readProse } from './content-steps.js';
import { matchFindingPrefix } from '../../finding-lines.js';
import { matchUpdateLabel } from '../../update-labels.js';
import { labelTableBlocks } from './label-table.js';
import { readNumbered } from './numbered-steps.js';
import { readTable } from './table-steps.js';
import {
  closeFinding,
  endGroup,
  findingsState,
  NO_GROUP,
  type DraftFinding,
  type FindingsState,
  type ReaderOptions,
  type Section,
} from './findings-state.js';
import {
  readCauseReset,
  readExplicitGroup,
  readKindHeading,
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
  readTitle,
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
  readTitle,
  readFindingPrefix,
  readNumbered,
];
/** Then, for blocks that are not list items. */
const HEADING_STEPS: Step[] = [readKindHeading, readKnownHeading, readUnknownHeading];

/**
 * Read the findings sections (recommendations, causes of concern, areas for improvement) in document
 * order, with one state, so a cause of concern's recommendations may follow under their own
 * "Recommendations" heading. Stops early where the commissioner's comments are found to start.
 */
export function readFindings(
  sections: readonly (Section & { blocks: readonly Block[] })[],
  options: ReaderOptions,
  diagnostics: Diagnostics,
): { findings: DraftFinding[]; commentsFromLine: number | null } {
  const s = findingsState(
    options,
    sections[0] ?? { field: 'findings', kind: 'recommendation' },
    diagnostics,
  );
  for (const [n, section] of sections.entries()) {
    enterSection(s, section);
    s.commentsMayStart = n === sections.length - 1;
    const blocks = section.blocks;
    const structureFrom = lastStructure(blocks);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      s.structureFollows = i < structureFrom;
      if (readBlock(s, b, blocks[i + 1]) === 'comments') {
        closeFinding(s);
        return { findings: s.findings, commentsFromLine: b.line };
      }
    }
  }
  closeFinding(s);
  return { findings: s.findings, commentsFromLine: null };
}

/** Index of the last block that is surely findings (a table, an update, a finding's prefix), or -1. */
function lastStructure(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.literal) continue;
    if (b.kind === 'table' || matchUpdateLabel(b.text) || matchFindingPrefix(b.text)) return i;
  }
  return -1;
}

/**
 * A new section starts afresh, except that a "Recommendations" section straight after a cause of
 * concern holds that cause's recommendations (the layout of PEEL reports since 2021).
 */
function enterSection(s: FindingsState, section: Section) {
  const underCause = section.kind === 'recommendation' && s.current?.kind === 'cause_of_concern';
  s.section = section;
  s.sectionStart = s.findings.length;
  if (underCause) {
    closeFinding(s);
    s.kind = section.kind;
    return;
  }
  endGroup(s);
  s.group = NO_GROUP;
}

function readBlock(s: FindingsState, b: Block, next: Block | undefined): 'comments' | undefined {
  // A literal block (escaped with a backslash) is prose whatever it looks like.
  const listItem = b.kind === 'list-item' && !b.literal;
  if (!b.literal) {
    const labelled = labelTableBlocks(b);
    if (labelled) {
      labelled.forEach((row, i) => readBlock(s, row, labelled[i + 1] ?? next));
      return;
    }
    if (readTable(s, b)) return;
    if (LABEL_STEPS.some((step) => step(s, b, next))) return;
    if (!listItem) {
      if (HEADING_STEPS.some((step) => step(s, b, next))) return;
      if (startsComments(s, b)) return 'comments';
    }
  }
  if (listItem) readListItem(s, b);
  else readProse(s, b);
}
