import type { Grade, GradeValue } from '../model/index.js';

const fold = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/** The grade a response gives the whole force, or null when it gives none. */
export function overallGrade(grades: readonly Grade[]): GradeValue | null {
  return grades.find((g) => g.scope.level === 'overall')?.value ?? null;
}

/** Where the response grades the finding: its area first, then its pillar, then overall. */
export function gradeFor(
  grades: readonly Grade[],
  pillar: string | null,
  area: string | null,
): GradeValue | null {
  const byArea = area
    ? grades.find((g) => g.scope.level === 'area' && fold(g.scope.area) === fold(area))
    : undefined;
  const byPillar = pillar
    ? grades.find((g) => g.scope.level === 'pillar' && fold(g.scope.pillar) === fold(pillar))
    : undefined;
  return byArea?.value ?? byPillar?.value ?? overallGrade(grades);
}
