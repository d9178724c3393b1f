import type { ImportDecision } from '@irr/domain';
import { describe, expect, it } from 'vitest';
import { withDecision, withDecisions } from './decisions';

describe('withDecision', () => {
  it('replaces an earlier decision about the same block, finding, header field or report, and keeps the rest in order', () => {
    const list: ImportDecision[] = [
      { kind: 'place_block', line: 12, as: 'drop', reason: 'page footer' },
      { kind: 'finding', ref: 'R1', findingKind: 'recommendation', causeOfConcernRef: null },
      { kind: 'header', field: 'reportTitle', value: 'PEEL' },
      { kind: 'report', reportId: null },
    ];
    const placed = withDecision(list, {
      kind: 'place_block',
      line: 12,
      as: 'update',
      findingRef: 'R1',
      updateDate: '2020-02-07',
      visibility: 'public',
    });
    expect(placed.map((d) => d.kind)).toEqual(['finding', 'header', 'report', 'place_block']);
    expect(withDecision(list, { kind: 'place_block', line: 13, as: 'heading' })).toHaveLength(5);
    const headers = withDecisions(list, [
      { kind: 'header', field: 'reportTitle', value: 'PEEL 2021/22' },
      { kind: 'header', field: 'link', value: '' },
    ]);
    expect(headers.filter((d) => d.kind === 'header')).toEqual([
      { kind: 'header', field: 'reportTitle', value: 'PEEL 2021/22' },
      { kind: 'header', field: 'link', value: '' },
    ]);
    expect(withDecision(list, { kind: 'report', reportId: 'r1' }).at(-1)).toEqual({
      kind: 'report',
      reportId: 'r1',
    });
  });
});
