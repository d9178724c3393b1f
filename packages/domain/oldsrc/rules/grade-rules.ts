import type { Grade } from '../model/index.js';
import type { Framework } from '../reference/index.js';
import {
  gradeBelongsToScale,
  gradeLabel,
  gradeValuesOf,
  matchGroupHeading,
} from '../reference/index.js';
import type { RecordRuleViolation } from './violation.js';

/** Grades against the framework's scale and pillars. */
export function gradeRules(grades: readonly Grade[], framework: Framework): RecordRuleViolation[] {
  const out: RecordRuleViolation[] = [];
  const scale = gradeValuesOf(framework.scale).map(gradeLabel).join(', ');
  grades.forEach((g, i) => {
    if (!gradeBelongsToScale(g.value, framework.scale)) {
      out.push({
        code: 'GRADE_NOT_IN_SCALE',
        severity: 'error',
        path: `grades[${i}].value`,
        message: `"${gradeLabel(g.value)}" is not a grade in ${framework.name}, which grades ${scale}`,
      });
    }
    const pillarName = g.scope.level === 'overall' ? null : g.scope.pillar;
    if (pillarName === null) return;
    // Read the name as a heading, so 'EFFECTIVENESS' or the headline question count as the pillar.
    const canonical = matchGroupHeading(pillarName, framework.id)?.pillar;
    const pillar = framework.pillars.find((p) => p.name === canonical);
    if (!pillar) {
      const known = framework.pillars.length
        ? `its pillars are ${framework.pillars.map((p) => p.name).join(', ')}`
        : 'it grades areas, not pillars';
      out.push({
        code: 'UNKNOWN_GRADE_PILLAR',
        severity: 'warning',
        path: `grades[${i}].scope.pillar`,
        message: `"${pillarName}" is not a pillar of ${framework.name}: ${known}`,
      });
    } else if (g.scope.level === 'pillar' && !pillar.graded) {
      out.push({
        code: 'PILLAR_NOT_GRADED',
        severity: 'warning',
        path: `grades[${i}].scope`,
        message: `${framework.name} gave no grade for ${pillar.name} as a whole`,
      });
    }
  });
  return out;
}
