import { describe, expect, it } from 'vitest';
import { statusMoveProblems, type StatusMove } from './status-move';

const MOVE: StatusMove = {
  to: 'completed',
  reason: '',
  finalUpdate: '',
  supersededBy: '',
  basis: '',
  visibility: 'internal',
};

describe('what a status move needs, checked before it is sent', () => {
  it('asks for the new status when none is chosen', () => {
    expect(statusMoveProblems({ ...MOVE, to: '' }, undefined)).toEqual([
      { field: 'status-to', message: 'Choose the new status' },
    ]);
  });

  it("names each of the move's guards left empty, beside its field", () => {
    expect(
      statusMoveProblems({ ...MOVE, finalUpdate: '<p> </p>' }, [
        'reason',
        'finalUpdate',
        'supersededBy',
        'closure',
      ]).map((p) => p.field),
    ).toEqual(['status-reason', 'final-update', 'superseded-by', 'basis-assured']);
  });

  it('finds nothing to fix when the move has what it needs', () => {
    expect(statusMoveProblems({ ...MOVE, finalUpdate: '<p>Done.</p>' }, ['finalUpdate'])).toEqual(
      [],
    );
  });
});
