import {
  addDays,
  compareDates,
  type FindingKind,
  type FindingStatus,
  type PublicationStatus,
  type UpdateAuthor,
  type Visibility,
} from '@irr/domain';
import { findingSteps } from './finding-story.js';
import { capDay, type FindingFate, type FindingPlan, type RecordFate } from './plan.js';
import type { Prng } from './prng.js';
import { recordSteps } from './record-story.js';

export type Actor = 'editor' | 'approver';

/** One thing a member of staff does to a record, on a given day. */
export type Step = { on: string; as: Actor } & (
  | { kind: 'update'; ref: string; author: UpdateAuthor; visibility: Visibility; text: string }
  | { kind: 'owner'; ref: string; owner: string }
  | { kind: 'target'; ref: string; to: string; reason?: string }
  | {
      kind: 'status';
      ref: string;
      to: FindingStatus;
      reason?: string;
      finalUpdate?: string;
      supersededBy?: string;
      closure?: { basis: 'assured' | 'hmicfrs' };
      visibility?: Visibility;
    }
  | { kind: 'close_cause'; ref: string; letterDate: string; letterLink: string }
  | { kind: 'record'; to: PublicationStatus; reason?: string }
  | { kind: 'dates'; dates: Record<string, string> }
  | { kind: 'summary_note'; text: string }
);

export interface StoryFinding {
  ref: string;
  kind: FindingKind;
  /** Where the import left it: in progress when the record already carried updates. */
  status: FindingStatus;
  fate: FindingFate;
  revise?: FindingPlan['revise'];
  /** "within three months" and the like, to set a plausible first target date. */
  deadlinePhrase: string | null;
}

/** What happens to a record, from its import until the demo's last day, in date order. */
export function storyFor(
  fate: RecordFate,
  publishedOn: string,
  link: string,
  findings: readonly StoryFinding[],
  prng: Prng,
): Step[] {
  const day = (n: number) => capDay(addDays(publishedOn, n));
  const steps: Step[] = [
    ...recordSteps(fate, day),
    ...findings.flatMap((f) => findingSteps(f, publishedOn, link, prng)),
  ];
  // Stable: steps on one day keep the order they were written in.
  const ordered = steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => compareDates(a.s.on, b.s.on) || a.i - b.i)
    .map(({ s }) => s);
  const settled = approvedBeforePublishing(ordered);
  return fate === 'approved' ? approvedLast(settled) : settled;
}

/**
 * Each publication follows its approval at once: a finding's status change or public update after the
 * approval sends the record back to review (four eyes), so one dated between the two (a republished
 * record's findings move on while its new version is reviewed) comes before the approval instead.
 */
function approvedBeforePublishing(steps: readonly Step[]): Step[] {
  const out = [...steps];
  for (let p = 0; p < out.length; p++) {
    const step = out[p]!;
    if (step.kind !== 'record' || step.to !== 'published') continue;
    // The approval since the last publication, if any (an earlier one belongs to that publication).
    const a = out.findLastIndex(
      (s, i) => i < p && s.kind === 'record' && (s.to === 'approved' || s.to === 'published'),
    );
    const last = out[a];
    if (a === p - 1 || last?.kind !== 'record' || last.to !== 'approved') continue;
    const [approval] = out.splice(a, 1);
    const before = out[p - 2]!;
    out.splice(p - 1, 0, {
      ...approval!,
      on: compareDates(before.on, approval!.on) > 0 ? before.on : approval!.on,
    });
  }
  return out;
}

/**
 * A record the plan leaves approved is approved after its findings' last step: a status change
 * or public update after approval sends a record back to review (four eyes).
 */
function approvedLast(steps: Step[]): Step[] {
  const approval = steps.find((s) => s.kind === 'record' && s.to === 'approved');
  if (!approval) return steps;
  const rest = steps.filter((s) => s !== approval);
  const lastDay = rest.reduce((d, s) => (compareDates(s.on, d) > 0 ? s.on : d), approval.on);
  return [...rest, { ...approval, on: lastDay }];
}
