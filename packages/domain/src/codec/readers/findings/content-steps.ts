import type { SubItem } from '../../../model/index.js';
import { canonicalRichText } from '../../canonical-html.js';
import { readsAsFinding, titleOf } from '../../finding-lines.js';
import type { Block } from '../../source/source-block.js';
import {
  flushList,
  startFinding,
  type DraftFinding,
  type FindingsState,
} from './findings-state.js';

/** Steps for blocks that carry text: list items and prose. They always read the block. */

const SUB_MARKER = /^([◦▪‣∙]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])$/;

/** A list item: a sub-item of the finding, an item of its update's list, or a new finding. */
export function readListItem(s: FindingsState, b: Block) {
  const c = s.current;
  if (c && s.mode === 'text' && isSubItem(b, c)) {
    addSubItem(c, b);
    return;
  }
  if (c && (s.mode === 'update' || s.mode === 'explanation') && b.indent > c.indent) {
    c.listItems.push(b.html);
    return;
  }
  startFinding(s, b, s.kind, null, b.html);
}

/** A paragraph continues whatever the current finding is taking, or starts a finding. */
export function readProse(s: FindingsState, b: Block) {
  const c = s.current;
  flushList(s);
  if (!c && s.afterTable && !readsAsFinding(b.text)) {
    s.diagnostics.warn(
      b.line,
      s.section.field,
      'UNEXPECTED_TEXT',
      `"${b.text.slice(0, 60)}" follows a table of findings but is no finding; it is not placed in the record. Move it into a finding's update if it belongs to one`,
    );
    return;
  }
  if (
    c &&
    (s.mode === 'update' || s.mode === 'explanation') &&
    !b.literal &&
    readsAsFinding(b.text)
  )
    s.diagnostics.warn(
      b.line,
      s.section.field,
      'LOOKS_LIKE_FINDING',
      `this paragraph reads like a finding but has no bullet or prefix, so it is kept as part of the ${s.mode} above (line ${c.line}). If it is a finding, start it with "- " or "Recommendation:"`,
    );
  if (c && s.mode === 'update') c.updates.at(-1)!.parts.push(`<p>${b.html}</p>`);
  else if (c && s.mode === 'explanation') c.acceptance!.parts.push(`<p>${b.html}</p>`);
  else if (c && s.mode === 'text') continueText(c, b);
  else startFinding(s, b, s.kind, null, b.html);
}

/** More text of a finding; after a prefix, a heading-shaped first line followed by prose is its title. */
function continueText(c: DraftFinding, b: Block) {
  if (c.titleCandidate !== null && c.paras.length === 1 && c.subItems.length === 0) {
    c.title = c.titleCandidate;
    c.titleCandidate = null;
    c.paras = [b.html];
    return;
  }
  // A bare prefix ("Cause of concern 2"): its first line may be the title.
  if (c.paras.length === 0 && !b.literal) c.titleCandidate = titleOf(b.html, b.text);
  c.paras.push(b.html);
}

function isSubItem(b: Block, f: DraftFinding): boolean {
  if (f.subStack.length > 0) {
    if (b.indent > f.indent) return true;
    // A colon-introduced list at the finding's own indent ends at a capitalised bullet.
    return f.colonList && !/^[A-Z]/.test(b.text);
  }
  if (b.indent > f.indent) return true;
  if (b.bullet && SUB_MARKER.test(b.bullet) && !(f.bullet && SUB_MARKER.test(f.bullet)))
    return true;
  const lastPara = f.paras.at(-1) ?? '';
  if (/[:;]\s*$/.test(lastPara) && /^[a-z]/.test(b.text)) {
    f.colonList = true;
    return true;
  }
  return false;
}

export function addSubItem(f: DraftFinding, b: Block) {
  const item: SubItem = { text: canonicalRichText(`<p>${b.html}</p>`), children: [] };
  while (f.subStack.length > 0 && f.subStack.at(-1)!.indent >= b.indent) f.subStack.pop();
  const parent = f.subStack.at(-1);
  if (parent) parent.item.children.push(item);
  else f.subItems.push(item);
  f.subStack.push({ indent: b.indent, item });
}
