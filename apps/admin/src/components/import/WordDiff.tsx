import { diffWords } from 'diff';
import { useMemo } from 'react';

/**
 * The held record's text against the import's, word by word: jsdiff's diffWords with no edit limit or
 * timeout, so the difference shown is exact however long the texts are.
 */
export function WordDiff({
  before,
  after,
  caption,
}: {
  before: string;
  after: string;
  caption: string;
}) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  const added = parts.filter((p) => p.added).length;
  const removed = parts.filter((p) => p.removed).length;
  return (
    <figure className="word-diff">
      <figcaption>
        {caption}{' '}
        <span className="hint">
          (
          {added === 0 && removed === 0
            ? 'no differences'
            : `${added} ${added === 1 ? 'addition' : 'additions'}, ${removed} ${removed === 1 ? 'removal' : 'removals'}`}
          )
        </span>
      </figcaption>
      <div className="diff word-diff__text" tabIndex={0} role="region" aria-label={caption}>
        {parts.map((p, i) =>
          p.added ? (
            <ins key={i}>{p.value}</ins>
          ) : p.removed ? (
            <del key={i}>{p.value}</del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </div>
    </figure>
  );
}
