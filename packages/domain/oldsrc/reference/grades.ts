import { GRADE_VALUE_LABELS, type GradeScale, type GradeValue } from '../model/index.js';
import { foldForMatch } from './text.js';

/** The values of each scale, best first. */
export const GRADE_SCALE_VALUES: Readonly<Record<GradeScale, readonly GradeValue[]>> = {
  four_point: ['outstanding', 'good', 'requires_improvement', 'inadequate'],
  five_point: ['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate'],
};

// Folded spellings seen in records; "require improvement" is a common slip in force documents.
const SPELLINGS: ReadonlyMap<string, GradeValue> = new Map<string, GradeValue>([
  ['outstanding', 'outstanding'],
  ['good', 'good'],
  ['adequate', 'adequate'],
  ['requires improvement', 'requires_improvement'],
  ['require improvement', 'requires_improvement'],
  ['requires improvements', 'requires_improvement'],
  ['inadequate', 'inadequate'],
]);

export function gradeValuesOf(scale: GradeScale): readonly GradeValue[] {
  return GRADE_SCALE_VALUES[scale];
}

/** The label HMICFRS prints: "Requires improvement" (sentence case). */
export function gradeLabel(value: GradeValue): string {
  return GRADE_VALUE_LABELS[value];
}

/**
 * Reads a grade as people type it: any case, extra or non-breaking spaces, hyphens or
 * underscores between words, quotes and trailing punctuation. Anything else is null.
 */
export function parseGradeLabel(text: string): GradeValue | null {
  return SPELLINGS.get(foldForMatch(text.replace(/[_-]/g, ' '))) ?? null;
}

export function gradeBelongsToScale(value: GradeValue, scale: GradeScale): boolean {
  return GRADE_SCALE_VALUES[scale].includes(value);
}
