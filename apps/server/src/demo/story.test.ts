import { describe, expect, it } from 'vitest';
import type { FindingFate, RecordFate } from './plan.js';
import { createPrng } from './prng.js';
import { storyFor, type Step, type StoryFinding } from './story.js';

const FATES: FindingFate[] = ['completed', 'closed', 'in_progress', 'reopened', 'not_assured'];

function story(fate: RecordFate, seed: string): Step[] {
  const findings: StoryFinding[] = FATES.map((f, i) => ({
    ref: `r${i + 1}`,
    kind: 'recommendation',
    status: 'not_started',
    fate: f,
    deadlinePhrase: null,
  }));
  return storyFor(fate, '2016-02-10', 'https://example.org/report', findings, createPrng(seed));
}

/** What would send an approved record back to review: a finding's status change or public update. */
const reopensReview = (s: Step) =>
  s.kind === 'status' || (s.kind === 'update' && s.visibility === 'public');

describe('the demo and bench stories', () => {
  // The bench's national dataset stopped loading: a republished record's finding changed status between
  // its new version's approval and publication, which sent it back to review.
  it.each(['republished', 'published', 'published_late', 'withdrawn'] as const)(
    'publish each version of a %s record straight after its approval',
    (fate) => {
      for (let seed = 0; seed < 200; seed++) {
        const steps = story(fate, `story ${seed}`);
        let approved = false;
        for (const step of steps) {
          if (step.kind === 'record') approved = step.to === 'approved';
          else expect(approved && reopensReview(step), JSON.stringify(step)).toBe(false);
        }
        // Every publication follows an approval of its own, given since the publication before.
        const moves = steps.flatMap((s) => (s.kind === 'record' ? [s.to] : []));
        moves.forEach((to, i) => to === 'published' && expect(moves[i - 1]).toBe('approved'));
        const days = steps.map((s) => s.on);
        expect(days).toEqual([...days].sort());
      }
    },
  );
});
