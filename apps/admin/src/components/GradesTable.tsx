import { GradeValue, type Grade } from '@irr/domain';
import type { RecordDraft } from '../lib/use-record-draft';

const GRADE_LABEL: Record<string, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

export function gradeScope(g: Grade): string {
  if (g.scope.level === 'overall') return 'Overall';
  if (g.scope.level === 'pillar') return g.scope.pillar;
  return [g.scope.pillar, g.scope.area].filter(Boolean).join(': ');
}

/** The inspection's grades; an editor changes each grade in place. */
export function GradesTable({ d, editable }: { d: RecordDraft; editable: boolean }) {
  const { value, set } = d;
  if (value.grades.length === 0) return <p>No grades recorded.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Grades</caption>
      <thead>
        <tr>
          <th scope="col">Scope</th>
          <th scope="col">Grade</th>
          <th scope="col">Carried over</th>
        </tr>
      </thead>
      <tbody>
        {value.grades.map((g, i) => (
          <tr key={i}>
            <th scope="row">{gradeScope(g)}</th>
            <td>
              {editable ? (
                <select
                  aria-label={`Grade for ${gradeScope(g)}`}
                  className="select"
                  value={g.value}
                  onChange={(e) =>
                    set(
                      'grades',
                      value.grades.map((x, j) =>
                        j === i ? { ...x, value: e.target.value as Grade['value'] } : x,
                      ),
                    )
                  }
                >
                  {GradeValue.options.map((o) => (
                    <option key={o} value={o}>
                      {GRADE_LABEL[o]}
                    </option>
                  ))}
                </select>
              ) : (
                GRADE_LABEL[g.value]
              )}
            </td>
            <td>{g.carriedOver ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
