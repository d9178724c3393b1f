import type { RecordDiagnostic } from '@irr/domain';
import type { ReactNode } from 'react';
import type { SourceLine, UnplacedBlock } from '../../lib/imports';
import { byLine, lineAnchor, placeName, severityLabel } from './places';

/**
 * The record's text as it was read, numbered as in the file (with page and paragraph for a document);
 * each diagnostic and each unplaced block beside the line it is about.
 */
export function SourceView({
  lines,
  diagnostics,
  unplaced,
  renderBlock,
}: {
  lines: readonly SourceLine[];
  diagnostics: readonly RecordDiagnostic[];
  unplaced: readonly UnplacedBlock[];
  renderBlock: (block: UnplacedBlock) => ReactNode;
}) {
  const notes = byLine(diagnostics);
  const blocks = new Map(unplaced.map((b) => [b.line, b]));
  return (
    <ol className="source" aria-label="Source lines">
      {lines.map((line) => {
        const here = notes.get(line.no) ?? [];
        const block = blocks.get(line.no);
        const place = line.text.trim() ? placeName(line) : null;
        return (
          <li
            key={line.no}
            id={lineAnchor(line.no)}
            tabIndex={-1}
            className={here.length || block ? 'source__line source__line--marked' : 'source__line'}
          >
            <span className="source__no">
              <span className="visually-hidden">Line </span>
              {line.no}
            </span>
            {place && <span className="source__place">{place}</span>}
            <span className="source__text">{line.text || '\u00a0'}</span>
            {here.length > 0 && (
              <ul className="source__notes">
                {here.map((d, i) => (
                  <li key={i} className={d.severity === 'error' ? 'late' : 'warning-text'}>
                    {severityLabel[d.severity]}: {d.message}{' '}
                    <span className="hint">[{d.code}]</span>
                  </li>
                ))}
              </ul>
            )}
            {block && renderBlock(block)}
          </li>
        );
      })}
    </ol>
  );
}
