import type { FindingKind, FindingStatus } from '../model/index.js';

export interface FindingTally {
  kind: FindingKind;
  status: FindingStatus;
  count: number;
  overdue: number;
}

/** How many findings of each kind stand at each status, and how many of those are overdue (a force's page). */
export function tallyFindings(
  findings: readonly { kind: FindingKind; status: FindingStatus; overdue: boolean }[],
): FindingTally[] {
  const counts = new Map<string, FindingTally>();
  for (const f of findings) {
    const key = `${f.kind}:${f.status}`;
    const entry = counts.get(key) ?? { kind: f.kind, status: f.status, count: 0, overdue: 0 };
    entry.count += 1;
    if (f.overdue) entry.overdue += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
