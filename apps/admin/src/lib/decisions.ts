import type { ImportDecision } from '@irr/domain';

/** Two decisions about the same thing (a block, a finding, a header field, the report): the later one stands. */
function sameTarget(a: ImportDecision, b: ImportDecision): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'place_block':
      return a.line === (b as typeof a).line;
    case 'finding':
      return a.ref === (b as typeof a).ref;
    case 'header':
      return a.field === (b as typeof a).field;
    case 'report':
      return true;
    case 'report_finding':
      return a.ref === (b as typeof a).ref;
  }
}

/** The review's decisions with this one in place of any earlier decision about the same thing. */
export function withDecision(
  list: readonly ImportDecision[],
  next: ImportDecision,
): ImportDecision[] {
  return [...list.filter((d) => !sameTarget(d, next)), next];
}

/** The review's decisions with several changed at once (a header form saves each field it changed). */
export function withDecisions(
  list: readonly ImportDecision[],
  next: readonly ImportDecision[],
): ImportDecision[] {
  return next.reduce<ImportDecision[]>((acc, d) => withDecision(acc, d), [...list]);
}
