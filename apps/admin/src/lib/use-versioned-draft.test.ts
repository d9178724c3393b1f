import { describe, expect, it } from 'vitest';
import {
  draftReducer,
  draftValue,
  initialDraft,
  versionToSend,
  type DraftAction,
  type DraftState,
} from './use-versioned-draft';

interface Fields {
  title: string;
  text: string;
}
const run = (...actions: DraftAction<Fields>[]): DraftState<Fields> =>
  actions.reduce(draftReducer<Fields>, initialDraft<Fields>());
const set = (key: keyof Fields, value: string, rowVersion: number): DraftAction<Fields> => ({
  type: 'set',
  key,
  value,
  rowVersion,
});

describe('the versioned draft', () => {
  it('is clean and sends the current version until something is changed', () => {
    const s = run();
    expect(s).toEqual({ draft: {}, base: null, conflict: false });
    expect(versionToSend(s, 7)).toBe(7);
  });

  it('pins the version at the first change, not at a later refetch', () => {
    const s = run(set('text', 'Mine', 3), set('title', 'T', 5), set('text', 'Mine again', 6));
    expect(s.base).toBe(3);
    expect(s.draft).toEqual({ text: 'Mine again', title: 'T' });
    expect(versionToSend(s, 6)).toBe(3);
  });

  it('shows the server fields with only the changed ones over them', () => {
    const s = run(set('title', 'Mine', 1));
    expect(draftValue({ title: 'Theirs', text: 'Their newer text' }, s.draft)).toEqual({
      title: 'Mine',
      text: 'Their newer text',
    });
  });

  it('keeps the user’s text on a conflict, and takes their version underneath on request', () => {
    const refused = run(set('text', 'Mine', 3), { type: 'conflict' });
    expect(refused).toEqual({ draft: { text: 'Mine' }, base: 3, conflict: true });
    const rebased = draftReducer(refused, { type: 'rebase', rowVersion: 4 });
    expect(rebased).toEqual({ draft: { text: 'Mine' }, base: 4, conflict: false });
  });

  it('pins nothing when their version is loaded under an empty draft', () => {
    expect(run({ type: 'conflict' }, { type: 'rebase', rowVersion: 4 })).toEqual(initialDraft());
  });

  it('starts again from the server after a save or a discard', () => {
    expect(run(set('text', 'Mine', 3), { type: 'conflict' }, { type: 'reset' })).toEqual(
      initialDraft(),
    );
  });

  it('follows our own change of the row, and only from the version it pinned', () => {
    expect(run(set('text', 'Mine', 3), { type: 'follow', from: 3, to: 4 }).base).toBe(4);
    // Someone else's change in between: still refused on save.
    expect(run(set('text', 'Mine', 3), { type: 'follow', from: 4, to: 5 }).base).toBe(3);
    // Nothing changed yet: nothing to follow.
    expect(run({ type: 'follow', from: 3, to: 4 }).base).toBeNull();
  });

  it('leaves the state as it is when nothing moves', () => {
    const s = run(set('text', 'Mine', 3), { type: 'conflict' });
    expect(draftReducer(s, { type: 'conflict' })).toBe(s);
    expect(draftReducer(s, { type: 'follow', from: 3, to: 3 })).toBe(s);
  });
});
