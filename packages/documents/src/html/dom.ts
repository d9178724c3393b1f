import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** Small helpers over parse5's tree, so the readers speak of elements, attributes and text. */

export type Node = T.ChildNode | T.Document | T.DocumentFragment | T.Element;
export type Element = T.Element;

export function isElement(n: Node): n is T.Element {
  return 'tagName' in n;
}

export function isText(n: Node): n is T.TextNode {
  return n.nodeName === '#text';
}

export function childrenOf(n: Node): T.ChildNode[] {
  return 'childNodes' in n ? n.childNodes : [];
}

export function elementChildren(n: Node): T.Element[] {
  return childrenOf(n).filter(isElement);
}

export function attr(el: T.Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

/** All text under a node, as it is in the source (no white space collapsed). */
export function rawText(n: Node): string {
  if (isText(n)) return n.value;
  let s = '';
  for (const c of childrenOf(n)) s += rawText(c);
  return s;
}

/** Every element under a node, depth first, the node itself included when it is one. */
export function* elementsUnder(n: Node): Generator<T.Element> {
  if (isElement(n)) yield n;
  for (const c of childrenOf(n)) yield* elementsUnder(c);
}

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
