import { addDays, compareDates, type FindingStatus } from '@irr/domain';
import { FINAL_UPDATES, FORCE_UPDATES, HMICFRS_UPDATES, OPCC_NOTES, OWNERS } from './phrases.js';
import { DEMO_LAST_DAY, capDay as cap } from './plan.js';
import type { Prng } from './prng.js';
import type { Actor, Step, StoryFinding } from './story.js';

const para = (text: string) => `<p>${text}</p>`;

function firstTarget(f: StoryFinding, publishedOn: string): string {
  const phrase = f.deadlinePhrase?.toLowerCase() ?? '';
  const months = /three months/.test(phrase)
    ? 3
    : /six months/.test(phrase)
      ? 6
      : f.kind === 'area_for_improvement'
        ? 12
        : 9;
  const fixed = /(\d{1,2}) (march|september) (\d{4})/.exec(phrase);
  if (fixed)
    return `${fixed[3]}-${fixed[2] === 'march' ? '03' : '09'}-${fixed[1]!.padStart(2, '0')}`;
  return addDays(publishedOn, Math.round(months * 30.4));
}

/** Owner, target date, updates and status moves that bring a finding to its planned fate. */
export function findingSteps(
  f: StoryFinding,
  publishedOn: string,
  link: string,
  prng: Prng,
): Step[] {
  const steps: Step[] = [];
  const ref = f.ref;
  let on = cap(addDays(publishedOn, 60 + prng.int(0, 30)));
  const later = () => (on = cap(addDays(on, prng.int(40, 110))));
  const fill = (text: string) => para(text.replace('{n}', String(prng.int(40, 400))));
  const status = (
    as: Actor,
    to: FindingStatus,
    extra: Partial<Extract<Step, { kind: 'status' }>> = {},
  ) => steps.push({ on: later(), as, kind: 'status', ref, to, ...extra });

  steps.push({
    on: cap(addDays(publishedOn, 10)),
    as: 'editor',
    kind: 'owner',
    ref,
    owner: prng.pick(OWNERS),
  });
  const target = firstTarget(f, publishedOn);
  steps.push({ on: cap(addDays(publishedOn, 12)), as: 'editor', kind: 'target', ref, to: target });
  if (f.fate === 'no_longer_applicable') {
    status('approver', 'no_longer_applicable', {
      reason: 'The unit this applied to was replaced when the force changed its operating model.',
    });
    return steps;
  }
  if (f.fate === 'not_started') return steps;
  if (f.status === 'not_started') status('editor', 'in_progress');
  steps.push({
    on: later(),
    as: 'editor',
    kind: 'update',
    ref,
    author: 'force',
    visibility: 'public',
    text: fill(prng.pick(FORCE_UPDATES)),
  });
  if (prng.chance(0.6))
    steps.push({
      on: later(),
      as: 'editor',
      kind: 'update',
      ref,
      author: 'opcc',
      visibility: 'internal',
      text: para(prng.pick(OPCC_NOTES)),
    });
  if (f.revise) {
    const slipped = addDays(target, 120);
    const to =
      f.revise === 'ahead' || compareDates(slipped, DEMO_LAST_DAY) >= 0
        ? prng.pick(['2027-03-31', '2027-09-30'])
        : slipped;
    steps.push({
      on: later(),
      as: 'approver',
      kind: 'target',
      ref,
      to,
      reason: 'The work depends on the new records system, whose delivery date has moved.',
    });
  }
  if (f.fate === 'in_progress') return steps;
  if (f.fate === 'superseded') {
    status('approver', 'superseded', { supersededBy: 'PEEL 2021/22 AFI 1' });
    return steps;
  }
  // The owner chooses to publish the final update; reasons stay internal, as the form defaults.
  status('editor', 'completed', {
    finalUpdate: fill(prng.pick(FINAL_UPDATES)),
    visibility: 'public',
  });
  if (f.fate === 'completed') return steps;
  if (f.fate === 'not_assured') {
    status('approver', 'in_progress', {
      reason:
        'Not assured: the evidence does not yet show the change has been embedded across the force.',
    });
    return steps;
  }
  const byHmicfrs = f.kind === 'cause_of_concern' || prng.chance(0.3);
  if (byHmicfrs)
    steps.push({
      on: later(),
      as: 'editor',
      kind: 'update',
      ref,
      author: 'hmicfrs',
      visibility: 'public',
      text: para(prng.pick(HMICFRS_UPDATES)),
    });
  status('approver', 'closed', { closure: { basis: byHmicfrs ? 'hmicfrs' : 'assured' } });
  if (f.kind === 'cause_of_concern')
    steps.push({ on, as: 'approver', kind: 'close_cause', ref, letterDate: on, letterLink: link });
  if (f.fate === 'reopened')
    status('approver', 'in_progress', {
      reason:
        'A dip sample found the standard had slipped again, so the finding is reopened for further work.',
    });
  return steps;
}
