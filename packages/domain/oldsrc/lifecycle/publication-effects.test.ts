import { describe, expect, it } from 'vitest';
import { PUBLICATION_TRANSITIONS } from './publication.js';
import { nextDraftVersion, publicationEffects } from './publication-effects.js';

const moveOf = (event: string) => {
  const row = PUBLICATION_TRANSITIONS.find((t) => t.event === event)!;
  return { from: row.from, to: row.to, event: row.event };
};
const draft = { draftVersion: 1, latestPublishedVersion: null, firstPublishedOn: null };
const published = { draftVersion: 2, latestPublishedVersion: 2, firstPublishedOn: '2020-03-01' };

describe('publicationEffects', () => {
  it('sets the status the move goes to, for every move of the lifecycle', () => {
    for (const t of PUBLICATION_TRANSITIONS) {
      const effects = publicationEffects(t, draft, { today: '2020-04-02', reason: 'Why' });
      expect(effects.status).toBe(t.to);
    }
  });

  it('keeps the reason on the draft only when changes are requested', () => {
    const reason = 'Say more about custody';
    expect(
      publicationEffects(moveOf('changes_requested'), draft, { today: '2020-04-02', reason })
        .changesRequestedReason,
    ).toBe(reason);
    expect(
      publicationEffects(moveOf('submitted'), draft, { today: '2020-04-02', reason })
        .changesRequestedReason,
    ).toBeNull();
  });

  it('publishing makes the draft the latest version and sets the first publication date once', () => {
    expect(publicationEffects(moveOf('published'), draft, { today: '2020-04-02' })).toEqual({
      status: 'published',
      changesRequestedReason: null,
      latestPublishedVersion: 1,
      firstPublishedOn: '2020-04-02',
    });
    const second = { ...published, draftVersion: 3 };
    expect(publicationEffects(moveOf('published'), second, { today: '2021-01-05' })).toMatchObject({
      latestPublishedVersion: 3,
      firstPublishedOn: '2020-03-01',
    });
  });

  it('a new version is numbered after the latest published one and forgets the last editor', () => {
    expect(publicationEffects(moveOf('new_version_started'), published, { today: 'x' })).toEqual({
      status: 'draft',
      changesRequestedReason: null,
      draftVersion: 3,
      lastEditorId: null,
    });
  });

  it('other moves change neither the version numbers nor the last editor', () => {
    for (const event of ['submitted', 'approved', 'approval_reopened', 'withdrawn']) {
      expect(Object.keys(publicationEffects(moveOf(event), draft, { today: 'x' })).sort()).toEqual([
        'changesRequestedReason',
        'status',
      ]);
    }
  });
});

describe('nextDraftVersion', () => {
  it('is 1 for a record never published, and one after the latest published version otherwise', () => {
    expect(nextDraftVersion({ latestPublishedVersion: null })).toBe(1);
    expect(nextDraftVersion({ latestPublishedVersion: 4 })).toBe(5);
  });
});
