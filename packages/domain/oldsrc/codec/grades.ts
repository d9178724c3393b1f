import type { Grade } from '../model/index.js';
import { gradeLabel, matchGroupHeading, parseGradeLabel } from '../reference/index.js';
import { decodeEntities } from '../rich-text/index.js';
import type { Diagnostics } from './diagnostics.js';
import { collapseSpace } from './normalise.js';
import type { SourceLine } from './source/line-scan.js';

const CARRIED_OVER = /\s*[([]?\s*(carried (?:over|forward)|brought forward)\s*[)\]]?\s*$/i;

/** Pieces of a Grade field: "Good", or "area: grade" pairs split by `;`, new lines, <br> or paragraphs. */
function gradeParts(lines: readonly SourceLine[]): { no: number; text: string }[] {
  const parts: { no: number; text: string }[] = [];
  for (const { no, text } of lines) {
    const plain = decodeEntities(
      text.replace(/<br\s*\/?>|<\/(?:p|li|div)>/gi, ';').replace(/<[^>]*>/g, ' '),
    );
    for (const piece of plain.split(';')) {
      const t = collapseSpace(piece.replace(/^[-•◦*]\s+/, ''));
      if (t) parts.push({ no, text: t });
    }
  }
  return parts;
}

export function parseGrades(
  lines: readonly SourceLine[],
  frameworkId: string | null,
  diagnostics: Diagnostics,
): Grade[] {
  const grades: Grade[] = [];
  for (const part of gradeParts(lines)) {
    if (/^(none|n\/a|not graded|ungraded)$/i.test(part.text)) continue;
    let text = part.text;
    const carriedOver = CARRIED_OVER.test(text);
    text = text.replace(CARRIED_OVER, '');
    const m = /^(.*?)\s*(?::|\s-\s|\s–\s)\s*([^:]+)$/.exec(text);
    const label = m ? m[1]!.trim() : null;
    const valueText = m ? m[2]!.trim() : text;
    const value = parseGradeLabel(valueText);
    if (!value) {
      diagnostics.error(
        part.no,
        'grades',
        'UNKNOWN_GRADE',
        `"${valueText}" is not a grade; expected one of Outstanding, Good, Adequate, Requires improvement, Inadequate`,
      );
      continue;
    }
    grades.push({ scope: gradeScope(label, frameworkId), value, carriedOver });
  }
  return grades;
}

function gradeScope(label: string | null, frameworkId: string | null): Grade['scope'] {
  if (!label || /^overall( grade)?$/i.test(label)) return { level: 'overall' };
  const [first, second] = label.split(/\s+\/\s+/);
  if (second !== undefined) {
    const pillar = matchGroupHeading(first!, frameworkId)?.pillar ?? first!;
    return { level: 'area', pillar, area: second };
  }
  const heading = matchGroupHeading(label, frameworkId);
  if (heading?.pillar && !heading.area) return { level: 'pillar', pillar: heading.pillar };
  return { level: 'area', pillar: null, area: label };
}

export function renderGrades(grades: readonly Grade[]): string {
  if (grades.length === 0) return 'None';
  const only = grades[0];
  if (grades.length === 1 && only && only.scope.level === 'overall') {
    return gradeLabel(only.value) + (only.carriedOver ? ' (carried over)' : '');
  }
  return grades
    .map((g) => {
      const scope = g.scope;
      const label =
        scope.level === 'overall'
          ? 'Overall'
          : scope.level === 'pillar'
            ? scope.pillar
            : scope.pillar
              ? `${scope.pillar} / ${scope.area}`
              : scope.area;
      return `${label}: ${gradeLabel(g.value)}${g.carriedOver ? ' (carried over)' : ''}`;
    })
    .join('; ');
}
