import { describe, expect, it } from 'vitest';
import type { Grade } from '../model/index.js';
import { gradeFor, overallGrade } from './grade-for.js';

const grades: Grade[] = [
  { scope: { level: 'overall' }, value: 'adequate', carriedOver: false },
  { scope: { level: 'pillar', pillar: 'Effectiveness' }, value: 'good', carriedOver: false },
  {
    scope: { level: 'area', pillar: 'Effectiveness', area: 'Investigating crime' },
    value: 'inadequate',
    carriedOver: false,
  },
];

describe("the grade of a finding's place in the report", () => {
  it('takes the area first, then the pillar, then the overall grade, ignoring case and spaces', () => {
    expect(gradeFor(grades, 'Effectiveness', ' investigating CRIME ')).toBe('inadequate');
    expect(gradeFor(grades, 'effectiveness', 'Protecting vulnerable people')).toBe('good');
    expect(gradeFor(grades, 'Efficiency', null)).toBe('adequate');
    expect(gradeFor(grades, null, null)).toBe('adequate');
  });

  it('is null when the response gives no grade that applies', () => {
    expect(gradeFor([], 'Effectiveness', 'Investigating crime')).toBeNull();
    expect(gradeFor(grades.slice(1), 'Efficiency', null)).toBeNull();
    expect(overallGrade(grades.slice(1))).toBeNull();
    expect(overallGrade(grades)).toBe('adequate');
  });
});
