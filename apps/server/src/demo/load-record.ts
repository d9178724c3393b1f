import { parseRecord, renderRecord, type ResponseRecord } from '@irr/domain';
import { buildRecord } from './build-record.js';
import { SEED_REPORT } from './demo-records.js';
import type { Caller } from './demo-staff.js';
import type { FindingPlan, RecordPlan } from './plan.js';
import { createPrng } from './prng.js';
import { runStory } from './run-story.js';
import { storyFor, type StoryFinding } from './story.js';

/**
 * Import one planned record through the API as its force's editor, then play its story: the
 * record ends where its plan says, with every step audited.
 */
export async function loadRecord(
  plan: RecordPlan,
  seedText: string,
  callers: { editor: Caller; approver: Caller },
  setDay: (day: string) => void,
): Promise<void> {
  const record =
    plan.report === SEED_REPORT
      ? seedRecord(seedText)
      : buildRecord(plan as RecordPlan & { findings: FindingPlan[] });
  setDay(plan.report.publishedOn);
  const imported = await callers.editor.import.records({ text: renderRecord(record) });
  const item = imported.items[0];
  if (imported.items.length !== 1 || item?.outcome !== 'created' || !item.recordId) {
    const why = item?.message ?? item?.outcome ?? 'no result';
    throw new Error(
      `The demo record "${plan.report.title}" for ${plan.force} did not import: ${why}`,
    );
  }
  const stored = await callers.editor.records.get({ recordId: item.recordId });
  const findings: StoryFinding[] = stored.findings.map((f, i) => {
    const planned = plan.findings[i];
    if (!planned)
      throw new Error(`The demo plan for "${plan.report.title}" has no fate for finding ${f.ref}`);
    const domain = stored.record.findings[i]!;
    const base = {
      ref: f.ref,
      kind: domain.kind,
      status: f.status,
      deadlinePhrase: domain.deadlinePhrase,
    };
    return typeof planned === 'string'
      ? { ...base, fate: planned }
      : { ...base, fate: planned.fate, revise: planned.revise };
  });
  const prng = createPrng(`${plan.force}/${plan.report.title}/story`);
  const steps = storyFor(plan.fate, plan.report.publishedOn, plan.report.link, findings, prng);
  await runStory(item.recordId, steps, callers, setDay);
}

/** The seed as published, with the publication date its commissioner's comments give (7 February 2020). */
function seedRecord(text: string): ResponseRecord {
  const parsed = parseRecord(text);
  if (!parsed.ok || !parsed.record) throw new Error('The seed record no longer parses');
  const report = {
    ...parsed.record.report,
    publishedOn: SEED_REPORT.publishedOn,
    link: SEED_REPORT.link,
  };
  return { ...parsed.record, report };
}
