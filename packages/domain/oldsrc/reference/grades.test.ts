import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GradeValue } from '../model/index.js';
import { GRADE_SCALE_VALUES, gradeBelongsToScale, gradeLabel, parseGradeLabel } from './grades.js';

describe('grade scales', () => {
  it('list grades best first, the five-point scale adding Adequate between Good and Requires improvement', () => {
    expect(GRADE_SCALE_VALUES.four_point).toEqual([
      'outstanding',
      'good',
      'requires_improvement',
      'inadequate',
    ]);
    expect(GRADE_SCALE_VALUES.five_point).toEqual([
      'outstanding',
      'good',
      'adequate',
      'requires_improvement',
      'inadequate',
    ]);
  });

  it('say which grades a scale has', () => {
    expect(gradeBelongsToScale('adequate', 'four_point')).toBe(false);
    expect(gradeBelongsToScale('adequate', 'five_point')).toBe(true);
    for (const v of GRADE_SCALE_VALUES.four_point)
      expect(gradeBelongsToScale(v, 'five_point')).toBe(true);
  });
});

describe('grade labels', () => {
  it('print as HMICFRS prints them', () => {
    expect(gradeLabel('requires_improvement')).toBe('Requires improvement');
    expect(gradeLabel('outstanding')).toBe('Outstanding');
  });

  it.each([
    ['Good', 'good'],
    ['Requires Improvement', 'requires_improvement'],
    ['requires-improvement', 'requires_improvement'],
    ['requires_improvement', 'requires_improvement'],
    ['  REQUIRES\u00a0\u00a0improvement. ', 'requires_improvement'],
    ['Good.', 'good'],
    ['‘Outstanding’', 'outstanding'],
    ['Inadequate!', 'inadequate'],
    ['adequate;', 'adequate'],
  ] as const)('read %j as %s', (text, value) => {
    expect(parseGradeLabel(text)).toBe(value);
  });

  it.each(['Excellent', '', 'Not good', 'Good (carried over)', 'Requires', 'RI'])(
    'refuse %j',
    (text) => {
      expect(parseGradeLabel(text)).toBeNull();
    },
  );

  it('read back every label however it is cased and spaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GradeValue.options),
        fc.constantFrom(' ', '  ', '\u00a0', '-'),
        fc.boolean(),
        (value, gap, upper) => {
          const label = gradeLabel(value).replace(/ /g, gap);
          expect(parseGradeLabel(upper ? label.toUpperCase() : label.toLowerCase())).toBe(value);
        },
      ),
    );
  });
});
