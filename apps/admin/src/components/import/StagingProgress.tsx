/** How far reading the chosen files has got: a labelled bar, and a count screen readers hear. */
export function StagingProgress({ done, total }: { done: number; total: number }) {
  const noun = total === 1 ? 'file' : 'files';
  return (
    <div className="field">
      <label className="label" htmlFor="staging-progress">
        Reading the {noun}
      </label>
      <progress id="staging-progress" max={total} value={done} />
      <p role="status" aria-live="polite">
        Read {done} of {total} {noun}
      </p>
    </div>
  );
}
