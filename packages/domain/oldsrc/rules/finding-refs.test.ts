import { describe, expect, it } from 'vitest';
import { nextFindingRef } from './finding-refs.js';

const r = (ref: string) => ({ kind: 'recommendation' as const, ref });
const c = (ref: string) => ({ kind: 'cause_of_concern' as const, ref });
const afi = (ref: string) => ({ kind: 'area_for_improvement' as const, ref });

describe('nextFindingRef', () => {
  it('numbers the first finding of each kind 1, with its prefix', () => {
    expect(nextFindingRef('recommendation', [])).toBe('R1');
    expect(nextFindingRef('cause_of_concern', [])).toBe('C1');
    expect(nextFindingRef('area_for_improvement', [])).toBe('AFI1');
  });

  it('numbers after the findings of the same kind, ignoring other kinds', () => {
    const findings = [c('C1'), r('R1'), r('R2'), afi('AFI1')];
    expect(nextFindingRef('recommendation', findings)).toBe('R3');
    expect(nextFindingRef('cause_of_concern', findings)).toBe('C2');
    expect(nextFindingRef('area_for_improvement', findings)).toBe('AFI2');
  });

  it('skips a number still taken after an earlier finding was deleted', () => {
    // R2 was deleted: two recommendations remain, but R3 is in use.
    expect(nextFindingRef('recommendation', [r('R1'), r('R3')])).toBe('R4');
    // R1 was deleted: R2 and R3 remain.
    expect(nextFindingRef('recommendation', [r('R2'), r('R3')])).toBe('R4');
  });

  it('fills from the count when the numbers above it are free', () => {
    // A gap below the count stays a gap; the new finding goes after its kind's count.
    expect(nextFindingRef('recommendation', [r('R1'), r('R5')])).toBe('R3');
  });

  it('never reuses a ref held by a finding of another kind', () => {
    expect(nextFindingRef('recommendation', [afi('R1')])).toBe('R2');
  });
});
