import { diffWords } from '../lib/diff';
import type { AuditRow } from '../lib/trpc';

/** Longer than this, a text's change is shown word by word rather than as before → after. */
const LONG = 80;

/** An audit event's before and after, field by field in words: "Status: In progress → Closed". */
export function AuditChanges({ changes }: { changes: AuditRow['changes'] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="audit-changes">
      {changes.map((c, i) => (
        <li key={i}>
          <span className="audit-changes__field">{c.field}:</span> <Change {...c} />
        </li>
      ))}
    </ul>
  );
}

function Change({ before, after }: { before: string | null; after: string | null }) {
  if (before === null) return <>{after}</>;
  if (after === null)
    return (
      <>
        <del>{before}</del> (removed)
      </>
    );
  if (before.length > LONG || after.length > LONG)
    return (
      <>
        {diffWords(before, after).map((p, i) =>
          p.kind === 'added' ? (
            <ins key={i}>{p.text}</ins>
          ) : p.kind === 'removed' ? (
            <del key={i}>{p.text}</del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </>
    );
  return (
    <>
      {before} → {after}
    </>
  );
}
