import { escapeHtml } from '../../rich-text/index.js';
import { collapseSpace } from '../normalise.js';
import { matchAcceptance, matchExplanationLabel } from '../finding-lines.js';
import { matchUpdateLabel } from '../update-labels.js';
import { leadingWidth, splitBullet } from './bullets.js';
import { htmlBlocks, isHtmlLine } from './html-blocks.js';
import type { SourceLine } from './line-scan.js';
import { kindOf, type Block } from './source-block.js';

/**
 * The text format's adapter: the lines of a findings section become blocks. A plain line is one block;
 * an HTML line is flattened into a block per paragraph or list item, so both forms read alike.
 */
export function textBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  for (const { no, text } of lines) {
    if (!text.trim()) continue;
    const content = text.trimStart().startsWith('\\') ? text.trimStart().slice(1) : text;
    if (isHtmlLine(content)) blocks.push(...htmlBlocks(no, text, opensBody));
    else blocks.push(plainBlock(no, text));
  }
  return blocks;
}

function plainBlock(line: number, raw: string): Block {
  const literal = raw.trimStart().startsWith('\\');
  const content = literal ? raw.trimStart().slice(1) : raw;
  const indent = leadingWidth(content);
  const text = collapseSpace(content);
  const { bullet, body } = literal ? { bullet: null, body: text } : splitBullet(text);
  return {
    kind: kindOf(bullet),
    line,
    indent,
    bullet,
    html: escapeHtml(body),
    text: body,
    literal,
  };
}

/** Labels after which the rest of an HTML line is one body (an update, an explanation). */
function opensBody(text: string): number | null {
  return (
    matchUpdateLabel(text)?.length ?? matchAcceptance(text)?.length ?? matchExplanationLabel(text)
  );
}
