import {
  REFERENCE_ORGANISATIONS,
  detectFramework,
  findingsSharedAcrossForces,
  type Finding,
  type OfficeHolder,
  type ResponseRecord,
} from '@irr/domain';
import {
  ACCEPTANCE,
  CAUSE_OPENINGS,
  DEADLINES,
  FIRST_NAMES,
  NEEDS,
  SURNAMES,
  type Theme,
} from './phrases.js';
import type { FindingPlan, RecordPlan } from './plan.js';
import { createPrng, type Prng } from './prng.js';

export const DEMO_NOTICE =
  'Demonstration record: generated for the Inspection Response Register’s quick start. The force is real; the findings, updates and people are invented.';

const INSPECTORATE = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services";

/** An invented name; `unlike` keeps two people in one record from sharing a surname. */
export function personName(prng: Prng, unlike = ''): string {
  const surnames = SURNAMES.filter((s) => !unlike.endsWith(` ${s}`));
  return `${prng.pick(FIRST_NAMES)} ${prng.pick(surnames)}`;
}

/** The same invented commissioner and chief constable for a force in every record. */
function officeHolders(force: string): {
  commissioner: OfficeHolder;
  chiefOfficer: OfficeHolder;
} {
  const prng = createPrng(`${force}/office-holders`);
  const commissioner = personName(prng);
  return {
    commissioner: {
      office: 'commissioner',
      name: commissioner,
      title: 'Police and Crime Commissioner',
      from: null,
      to: null,
    },
    chiefOfficer: {
      office: 'chief_officer',
      name: personName(prng, commissioner),
      title: prng.pick(['Chief Constable', 'Chief Constable', 'Acting Chief Constable']),
      from: null,
      to: null,
    },
  };
}

function forceName(slug: string): string {
  const known = REFERENCE_ORGANISATIONS.find((o) => o.slug === slug);
  if (!known) throw new Error(`${slug} is not in the reference list`);
  return known.name;
}

/** A generated response record for one plan: the same text on every run. */
export function buildRecord(plan: RecordPlan & { findings: FindingPlan[] }): ResponseRecord {
  const prng = createPrng(`${plan.force}/${plan.report.title}`);
  // A national or thematic report's findings read the same in every force's response, as real ones do.
  const shared = findingsSharedAcrossForces({ national: false, type: plan.report.type });
  const wording = shared ? createPrng(plan.report.title) : prng;
  const used = new Map<Theme, number>();
  const need = (theme: Theme) => {
    const bank = NEEDS[theme];
    const n = used.get(theme) ?? wording.int(0, bank.length - 1);
    used.set(theme, n + 1);
    return bank[n % bank.length]!;
  };
  const thematic = plan.report.type !== 'peel';
  // A fixed deadline the report's own date has passed would read as missed before the work began.
  const deadlines = DEADLINES.filter((d) => d.by === null || d.by > plan.report.publishedOn);
  const drafting = plan.fate === 'draft' || plan.fate === 'changes_requested';
  const counters = { recommendation: 0, cause_of_concern: 0, area_for_improvement: 0 };
  let cause: string | null = null;
  let firstRecommendation = true;
  const findings: Finding[] = plan.findings.map((p) => {
    const number = ++counters[p.kind];
    const ref = `${{ recommendation: 'R', cause_of_concern: 'C', area_for_improvement: 'AFI' }[p.kind]}${number}`;
    if (p.kind === 'cause_of_concern') cause = ref;
    if (p.kind === 'area_for_improvement') cause = null;
    const text =
      p.kind === 'cause_of_concern'
        ? `${wording.pick(CAUSE_OPENINGS)} ${need(p.theme)}.`
        : p.kind === 'recommendation'
          ? `${wording.pick(deadlines).text}, ${thematic ? 'chief constables' : 'the force'} should ${need(p.theme)}.`
          : `The force should ${need(p.theme)}.`;
    // A draft still being written leaves its first recommendation without a response, as real ones do.
    const unanswered = drafting && p.kind === 'recommendation' && firstRecommendation;
    if (p.kind === 'recommendation') firstRecommendation = false;
    return {
      ref,
      kind: p.kind,
      reference: p.kind === 'area_for_improvement' ? null : String(number),
      title: null,
      text: `<p>${text}</p>`,
      subItems: [],
      group: { pillar: p.pillar, area: p.area, questionId: null },
      deadlinePhrase: null,
      causeOfConcernRef: p.kind === 'recommendation' ? cause : null,
      supersedes: null,
      acceptance:
        p.kind === 'recommendation' && !unanswered
          ? {
              position: prng.chance(0.8) ? 'accepted' : 'partially_accepted',
              explanation: `<p>${prng.pick(ACCEPTANCE)}</p>`,
            }
          : null,
      status: null,
      updates: [],
    };
  });
  const { commissioner, chiefOfficer } = officeHolders(plan.force);
  return {
    version: null,
    documentVersion: null,
    status: 'draft',
    organisation: { name: forceName(plan.force), slug: plan.force, kind: 'police_force' },
    commissioner,
    chiefOfficer,
    report: {
      title: plan.report.title,
      inspectorate: INSPECTORATE,
      type: plan.report.type,
      framework: detectFramework(plan.report.title)?.id ?? null,
      publishedOn: plan.report.publishedOn,
      link: plan.report.link,
    },
    summary: `<p>${DEMO_NOTICE}</p><p>${summaryOf(plan, findings)}</p>`,
    grades: plan.grades,
    findings,
    commissionerComments: `<p>I welcome this report. I will hold the Chief Constable to account for the response to each of its findings, and progress will be published here.</p>`,
    chiefOfficerComments: `<p>We accept the findings of this report and have put in place a plan to address each of them. Progress is reported to the Commissioner every quarter.</p>`,
  };
}

function summaryOf(plan: RecordPlan, findings: readonly Finding[]): string {
  const n = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind).length;
  const parts = [
    n('cause_of_concern') &&
      `${n('cause_of_concern')} cause${n('cause_of_concern') === 1 ? '' : 's'} of concern`,
    n('recommendation') &&
      `${n('recommendation')} recommendation${n('recommendation') === 1 ? '' : 's'}`,
    n('area_for_improvement') &&
      `${n('area_for_improvement')} area${n('area_for_improvement') === 1 ? '' : 's'} for improvement`,
  ].filter(Boolean);
  return `The inspection of ${forceName(plan.force)} found ${parts.join(', ')}. This record sets out the response to each.`;
}
