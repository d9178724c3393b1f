import {
  RICH_TEXT_POLICY,
  cleanRichTextAttributes,
  isAllowedRichTextTag,
  isDroppedRichTextTag,
} from './policy.js';
import type { HtmlToken } from './tokenizer.js';

export interface RichTextElement {
  tag: string;
  attrs: [name: string, value: string][];
  children: RichTextNode[];
}
export type RichTextNode = RichTextElement | string;

export const INLINE_TAGS: ReadonlySet<string> = new Set(['strong', 'b', 'em', 'i', 'u', 'a']);
/** Blocks that hold only inline content: opening any block inside one closes it, as browsers do. */
const PHRASING_BLOCKS = new Set(['p', 'h2', 'h3', 'h4']);
/** Where text is not allowed: it is moved out in front of the table ("foster parenting"). */
const TABLE_CONTEXT = new Set(['table', 'thead', 'tbody', 'tr']);
const TABLE_STRUCTURE = new Set([...TABLE_CONTEXT, 'td', 'th']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tr', 'td', 'th']);
// prettier-ignore
const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Where a close tag stops looking for its element; meeting one of these first makes it stray.
const CELL_SCOPE = new Set(['table', 'td', 'th']);
const LIST_ITEM_SCOPE = new Set([...CELL_SCOPE, 'ul', 'ol']);
const TABLE_SCOPE = new Set(['table']);
const HTML_SPACE = /^[\t\n\f\r ]*$/;

/** Void elements have no content; SVG and MathML honour `<svg/>` as empty. */
const isEmpty = (t: { tag: string; selfClosing: boolean }) =>
  VOID.has(t.tag) || (t.selfClosing && (t.tag === 'svg' || t.tag === 'math'));

/**
 * Builds the allowed tree from tokens: disallowed elements unwrapped or dropped with their content,
 * implied end tags inserted and stray ones ignored, so every element ends up closed and nested.
 * Given the serialisation of a tree it built, it builds that same tree again (hence idempotence).
 */
export function buildRichTextTree(tokens: readonly HtmlToken[]): RichTextElement {
  const root: RichTextElement = { tag: '', attrs: [], children: [] };
  const stack: RichTextElement[] = [root];
  let dropping: { tag: string; depth: number } | null = null;
  const top = () => stack[stack.length - 1]!;

  const push = (tag: string, attrs: RichTextElement['attrs'] = []) => {
    const el: RichTextElement = { tag, attrs, children: [] };
    top().children.push(el);
    if (tag !== 'br') stack.push(el);
  };
  const appendText = (to: RichTextElement, text: string, before = to.children.length) => {
    const prev = to.children[before - 1];
    if (typeof prev === 'string') to.children[before - 1] = prev + text;
    else to.children.splice(before, 0, text);
  };
  /** Pops through the nearest element `matches` accepts, unless `stops` says to give up first. */
  const closeNearest = (matches: (tag: string) => boolean, stops: (tag: string) => boolean) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]!.tag;
      if (matches(tag)) return void (stack.length = i);
      if (stops(tag)) return;
    }
  };
  const closeInline = () => {
    while (INLINE_TAGS.has(top().tag) || PHRASING_BLOCKS.has(top().tag)) stack.pop();
  };

  const text = (value: string) => {
    if (!TABLE_CONTEXT.has(top().tag)) return appendText(top(), value);
    if (HTML_SPACE.test(value)) return;
    let t = stack.length - 1;
    while (stack[t]!.tag !== 'table') t--;
    const parent = stack[t - 1]!;
    appendText(parent, value, parent.children.length - 1);
  };

  const openTablePart = (tag: string, attrs: RichTextElement['attrs']) => {
    let i = stack.length - 1;
    while (i > 0 && !TABLE_STRUCTURE.has(stack[i]!.tag)) i--;
    if (i === 0) return; // a row or cell outside any table is ignored, as browsers do
    stack.length = stack[i]!.tag === 'td' || stack[i]!.tag === 'th' ? i : i + 1;
    if (tag === 'thead' || tag === 'tbody') {
      while (top().tag !== 'table') stack.pop();
    } else if (tag === 'tr') {
      if (top().tag === 'tr') stack.pop();
    } else if (top().tag !== 'tr') {
      if (stack.length + 1 >= RICH_TEXT_POLICY.maxNesting) return;
      push('tr');
    }
    push(tag, attrs);
  };

  const open = (tag: string, attrs: RichTextElement['attrs']) => {
    if (stack.length >= RICH_TEXT_POLICY.maxNesting) return;
    if (TABLE_PARTS.has(tag)) return openTablePart(tag, attrs);
    if (TABLE_CONTEXT.has(top().tag)) {
      if (tag !== 'table') return; // anything else inside table structure is unwrapped
      closeNearest(
        (t) => t === 'table',
        () => false,
      );
    }
    if (tag === 'br') return push(tag);
    if (INLINE_TAGS.has(tag)) {
      // Links do not nest: a new one ends the open one.
      if (tag === 'a')
        closeNearest(
          (t) => t === 'a',
          (t) => !INLINE_TAGS.has(t),
        );
      return push(tag, attrs);
    }
    if (tag === 'li') {
      closeNearest(
        (t) => t === 'li',
        (t) => !INLINE_TAGS.has(t) && !PHRASING_BLOCKS.has(t),
      );
    }
    closeInline();
    push(tag, attrs);
  };

  const close = (tag: string) => {
    if (tag === 'br') return; // stray close tags are dropped, even this one
    if (INLINE_TAGS.has(tag))
      return closeNearest(
        (t) => t === tag,
        (t) => !INLINE_TAGS.has(t),
      );
    if (PHRASING_BLOCKS.has(tag)) {
      // Any heading's end tag closes whichever heading is open.
      const heading = tag !== 'p';
      const matches = (t: string) => t === tag || (heading && PHRASING_BLOCKS.has(t) && t !== 'p');
      return closeNearest(matches, (t) => !INLINE_TAGS.has(t));
    }
    if (tag === 'li')
      return closeNearest(
        (t) => t === 'li',
        (t) => LIST_ITEM_SCOPE.has(t),
      );
    if (TABLE_STRUCTURE.has(tag) && tag !== 'table') {
      return closeNearest(
        (t) => t === tag,
        (t) => TABLE_SCOPE.has(t),
      );
    }
    closeNearest(
      (t) => t === tag,
      (t) => tag !== 'table' && CELL_SCOPE.has(t),
    );
  };

  for (const token of tokens) {
    if (dropping) {
      if (token.type === 'text') continue;
      if (token.tag === dropping.tag && !(token.type === 'open' && isEmpty(token))) {
        dropping.depth += token.type === 'open' ? 1 : -1;
      }
      if (dropping.tag === 'head' && token.type === 'open' && token.tag === 'body')
        dropping.depth = 0;
      if (dropping.depth === 0) dropping = null;
      continue;
    }
    if (token.type === 'text') {
      text(token.text);
    } else if (isDroppedRichTextTag(token.tag)) {
      if (token.type === 'open' && !isEmpty(token)) dropping = { tag: token.tag, depth: 1 };
    } else if (isAllowedRichTextTag(token.tag)) {
      if (token.type === 'open') open(token.tag, cleanRichTextAttributes(token.tag, token.attrs));
      else close(token.tag);
    }
  }
  return root;
}
