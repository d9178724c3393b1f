import type { ImportDecision } from './decisions.js';

type Of<K extends ImportDecision['kind']> = Extract<ImportDecision, { kind: K }>;

/** The decisions that count, by kind: of several on one block, finding or header field, the last. */
export function decidingLast(decisions: readonly ImportDecision[]): {
  findings: Of<'finding'>[];
  headers: Of<'header'>[];
  /** In line order. */
  blocks: Of<'place_block'>[];
} {
  const last = new Map<string, ImportDecision>();
  for (const d of decisions) {
    const key =
      d.kind === 'place_block'
        ? `block ${d.line}`
        : d.kind === 'finding'
          ? `finding ${d.ref}`
          : d.kind === 'header'
            ? `header ${d.field}`
            : d.kind === 'report_finding'
              ? `report finding ${d.ref}`
              : 'report';
    last.delete(key); // so the map keeps the order in which the counting decisions were made
    last.set(key, d);
  }
  const counting = [...last.values()];
  const of = <K extends ImportDecision['kind']>(kind: K) =>
    counting.filter((d): d is Of<K> => d.kind === kind);
  return {
    findings: of('finding'),
    headers: of('header'),
    blocks: of('place_block').sort((a, b) => a.line - b.line),
  };
}
