import {
  isAllCapsHeading,
  looksLikeHeading,
  matchFindingPrefix,
  matchKindHeading,
  readsAsFinding,
} from '../../finding-lines.js';
import type { Block } from '../../source/source-block.js';
import { endGroup, startFinding, type FindingsState } from './findings-state.js';
import { applyHeading } from './heading-steps.js';
import { bodyAfter } from './label-body.js';

/**
 * Numbered paragraphs, as reports and their responses number them ("3. Investigating crime", "2.4
 * Professional standards AFIs (3)", "2.1 The force should …", "1. We trained 300 officers"): a heading
 * when short and title-like with findings after it, a finding when it says what the force should do,
 * otherwise prose (inside an update, an item of the update's list), never a finding of its own.
 */
export function readNumbered(s: FindingsState, b: Block, next: Block | undefined): boolean {
  const numbered = numberOf(b);
  if (!numbered) return false;
  const { number, rest, length } = numbered;
  const c = s.current;
  if (!rest) {
    // "2.1" alone: the number of the finding that follows.
    if (b.kind === 'list-item') return false;
    s.pendingReference = number;
    return true;
  }
  if (readsAsFinding(rest)) {
    if (b.kind === 'list-item') return false; // a numbered list of findings, as today
    const html = (bodyAfter(b, length)[0] ?? '').replace(/^<p>|<\/p>$/g, '');
    startFinding(s, b, s.kind, number, html);
    return true;
  }
  const title = rest.replace(/\s*\(\d{1,3}\)$/, '');
  const awaitsText = c !== null && s.mode === 'text' && c.paras.length === 0;
  if (!awaitsText && (looksLikeHeading(title) || isAllCapsHeading(title)) && headsFindings(next)) {
    endGroup(s);
    applyHeading(s, b, rest);
    return true;
  }
  // A numbered item inside an update is the update's list, unless it continues the findings' numbering.
  if (b.kind === 'list-item' && c && (s.mode === 'update' || s.mode === 'explanation')) {
    const own = c.bullet ? Number.parseInt(c.bullet, 10) : Number.NaN;
    if (Number.parseInt(number, 10) > own) return false;
    c.listItems.push(b.html);
    return true;
  }
  return false;
}

/** The number and the rest of a numbered block: a numeric list item, or a paragraph starting "2.1". */
function numberOf(b: Block): { number: string; rest: string; length: number } | null {
  if (b.literal) return null;
  if (b.kind === 'list-item') {
    const m = /^\(?(\d{1,3})[.)]$/.exec(b.bullet ?? '');
    return m ? { number: m[1]!, rest: b.text, length: 0 } : null;
  }
  const m = /^(\d{1,2}(?:\.\d{1,2})+)\.?(?:\s+|$)/.exec(b.text);
  return m ? { number: m[1]!, rest: b.text.slice(m[0].length).trim(), length: m[0].length } : null;
}

/** What follows a heading: a finding (bullet, prefix, numbered or not), a table of them, or nothing. */
function headsFindings(next: Block | undefined): boolean {
  if (!next) return false;
  const text = next.text.replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+/, '');
  return (
    Boolean(next.bullet) ||
    next.kind === 'table' ||
    matchFindingPrefix(text) !== null ||
    matchKindHeading(text) !== null ||
    readsAsFinding(text)
  );
}
