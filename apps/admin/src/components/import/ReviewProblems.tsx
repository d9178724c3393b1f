import type { RecordDiagnostic } from '@irr/domain';
import type { SourceLine, UnplacedBlock } from '../../lib/imports';
import { blockAnchor, lineAnchor, listedDiagnostics, placeName, severityLabel } from './places';

/** Everything standing in the way (and every warning), each a link to its place in the source. */
export function ReviewProblems({
  diagnostics,
  unplaced,
  lines,
}: {
  diagnostics: readonly RecordDiagnostic[];
  unplaced: readonly UnplacedBlock[];
  lines: readonly SourceLine[];
}) {
  const listed = listedDiagnostics(diagnostics, unplaced);
  const errors = listed.filter((d) => d.severity === 'error');
  const others = listed.filter((d) => d.severity !== 'error');
  if (listed.length === 0 && unplaced.length === 0) return null;
  const known = new Map(lines.map((l) => [l.no, l]));
  const where = (line: number) => {
    const source = known.get(line);
    const place = source ? placeName(source) : null;
    return place ? `Line ${line} (${place})` : `Line ${line}`;
  };
  const blocking = errors.length + unplaced.length;
  return (
    <div className="error-summary" aria-labelledby="problems-title">
      <h2 className="error-summary__title" id="problems-title">
        {blocking === 0
          ? 'Warnings to check'
          : `${blocking} ${blocking === 1 ? 'thing' : 'things'} to resolve before importing`}
      </h2>
      <ul>
        {unplaced.map((b) => (
          <li key={`b${b.line}`}>
            <a href={`#${blockAnchor(b.line)}`}>
              {where(b.line)}: text not placed in the record — choose where it goes
            </a>
          </li>
        ))}
        {[...errors, ...others].map((d, i) => (
          <li key={i}>
            <a href={`#${lineAnchor(d.line)}`}>
              {where(d.line)}: {severityLabel[d.severity]}: {d.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
