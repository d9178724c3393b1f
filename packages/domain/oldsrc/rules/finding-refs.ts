import type { FindingKind } from '../model/index.js';

/** The letters a finding's record-wide ref starts with: R1, C1, AFI1. */
export const FINDING_REF_PREFIX: Readonly<Record<FindingKind, string>> = {
  recommendation: 'R',
  cause_of_concern: 'C',
  area_for_improvement: 'AFI',
};

/**
 * The ref of a finding added to a record: numbered after the findings of its kind already there,
 * then past any ref still taken (after a deletion the count lags the numbers), so an added finding
 * never shares a ref with another.
 */
export function nextFindingRef(
  kind: FindingKind,
  findings: readonly { kind: FindingKind; ref: string }[],
): string {
  const prefix = FINDING_REF_PREFIX[kind];
  const taken = new Set(findings.map((f) => f.ref));
  let n = findings.filter((f) => f.kind === kind).length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
