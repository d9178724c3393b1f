import type { FindingKind, Grade } from '@irr/domain';
import type { Theme } from './phrases.js';
import type { FindingFate, FindingPlan, RecordPlan, ReportPlan } from './plan.js';

const HMICFRS = 'https://hmicfrs.justiceinspectorates.gov.uk/publications';

export const SEED_REPORT: ReportPlan = {
  title:
    'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
  type: 'peel',
  publishedOn: '2020-02-07',
  link: `${HMICFRS}/peel-assessment-2018-19-staffordshire/`,
};

const VAWG: ReportPlan = {
  title: 'Police response to violence against women and girls',
  type: 'thematic',
  publishedOn: '2021-09-17',
  link: `${HMICFRS}/police-response-to-violence-against-women-and-girls/`,
};

const VETTING: ReportPlan = {
  title: 'An inspection of vetting, misconduct, and misogyny in the police service',
  type: 'vetting_counter_corruption',
  publishedOn: '2022-11-02',
  link: `${HMICFRS}/an-inspection-of-vetting-misconduct-and-misogyny-in-the-police-service/`,
};

/** A national report every demo force answers: on time, late, not yet (overdue) and not required. */
const MISSING_CHILDREN: ReportPlan = {
  title: 'An inspection of how well the police respond to missing children',
  type: 'national',
  publishedOn: '2026-06-18',
  link: `${HMICFRS}/an-inspection-of-how-well-the-police-respond-to-missing-children/`,
};

const peel2122 = (force: string, name: string, publishedOn: string): ReportPlan => ({
  title: `PEEL 2021/22 An inspection of ${name}`,
  type: 'peel',
  publishedOn,
  link: `${HMICFRS}/peel-assessment-2021-22-${force}/`,
});

const grade = (area: string, value: Grade['value']): Grade => ({
  scope: { level: 'area', pillar: null, area },
  value,
  carriedOver: false,
});
const pillarGrade = (pillar: string, value: Grade['value']): Grade => ({
  scope: { level: 'pillar', pillar },
  value,
  carriedOver: false,
});
const f = (
  kind: FindingKind,
  theme: Theme,
  area: string | null,
  fate: FindingFate,
  extra: Partial<FindingPlan> = {},
): FindingPlan => ({
  kind,
  theme,
  pillar: null,
  area,
  fate,
  ...extra,
});
const rec = (theme: Theme, area: string | null, fate: FindingFate, extra?: Partial<FindingPlan>) =>
  f('recommendation', theme, area, fate, extra);
const cause = (
  theme: Theme,
  area: string | null,
  fate: FindingFate,
  extra?: Partial<FindingPlan>,
) => f('cause_of_concern', theme, area, fate, extra);
const afi = (theme: Theme, area: string | null, fate: FindingFate, extra?: Partial<FindingPlan>) =>
  f('area_for_improvement', theme, area, fate, extra);

/**
 * The demo register: fourteen response records across four forces, PEEL 2018/19, 2021/22 and 2023–25,
 * two thematic reports and a national one that all four answer (the register of reports shows it). A cause of concern's recommendations follow it; areas for improvement
 * come last, as the record format orders them.
 */
export const DEMO_RECORDS: readonly RecordPlan[] = [
  {
    force: 'staffordshire',
    report: SEED_REPORT,
    grades: [],
    findings: ['closed', 'completed', 'reopened', 'superseded', 'closed', 'not_assured'],
    fate: 'new_version_draft',
  },
  {
    force: 'cumbria',
    report: {
      title:
        'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Cumbria Constabulary',
      type: 'peel',
      publishedOn: '2019-09-27',
      link: `${HMICFRS}/peel-assessment-2018-19-cumbria/`,
    },
    grades: [
      pillarGrade('Effectiveness', 'good'),
      pillarGrade('Efficiency', 'good'),
      pillarGrade('Legitimacy', 'requires_improvement'),
    ],
    findings: [
      afi('investigating', 'Investigating crime', 'closed', { pillar: 'Effectiveness' }),
      afi('protecting', 'Protecting vulnerable people', 'superseded', { pillar: 'Effectiveness' }),
      afi('resources', 'Planning for the future', 'no_longer_applicable', { pillar: 'Efficiency' }),
      afi('ethics', 'Ethical and lawful workforce behaviour', 'completed', {
        pillar: 'Legitimacy',
      }),
    ],
    fate: 'published_late',
  },
  {
    force: 'west-midlands',
    report: peel2122('west-midlands', 'West Midlands Police', '2022-09-30'),
    grades: [
      grade('Investigating crime', 'inadequate'),
      grade('Responding to the public', 'requires_improvement'),
      grade('Protecting vulnerable people', 'adequate'),
      grade('Developing a positive workplace', 'good'),
    ],
    findings: [
      cause('investigating', 'Investigating crime', 'closed'),
      rec('investigating', 'Investigating crime', 'closed'),
      rec('investigating', 'Investigating crime', 'in_progress', { revise: 'ahead' }),
      cause('responding', 'Responding to the public', 'in_progress'),
      rec('responding', 'Responding to the public', 'completed', { revise: 'slipped' }),
      afi('protecting', 'Protecting vulnerable people', 'in_progress'),
      afi('protecting', 'Protecting vulnerable people', 'not_started'),
      afi('workforce', 'Developing a positive workplace', 'reopened', { revise: 'ahead' }),
      afi('preventing', 'Preventing crime and anti-social behaviour', 'no_longer_applicable'),
    ],
    fate: 'published',
  },
  {
    force: 'gwent',
    report: peel2122('gwent', 'Gwent Police', '2022-07-14'),
    grades: [
      grade('Investigating crime', 'requires_improvement'),
      grade('Treatment of the public', 'good'),
    ],
    findings: [
      afi('investigating', 'Investigating crime', 'in_progress', { revise: 'ahead' }),
      afi('responding', 'Responding to the public', 'completed'),
      afi('workforce', 'Developing a positive workplace', 'not_started'),
    ],
    fate: 'in_review',
  },
  {
    force: 'cumbria',
    report: peel2122('cumbria', 'Cumbria Constabulary', '2022-06-23'),
    grades: [grade('Investigating crime', 'adequate'), grade('Good use of resources', 'good')],
    findings: [
      afi('investigating', 'Investigating crime', 'closed'),
      afi('resources', 'Good use of resources', 'in_progress', { revise: 'slipped' }),
    ],
    fate: 'approved',
  },
  {
    force: 'staffordshire',
    report: {
      title: 'PEEL 2023–25 An inspection of Staffordshire Police',
      type: 'peel',
      publishedOn: '2026-10-16',
      link: `${HMICFRS}/peel-assessment-2023-25-staffordshire/`,
    },
    grades: [
      grade('Investigating crime', 'adequate'),
      grade('Protecting vulnerable people', 'good'),
    ],
    findings: [
      rec('protecting', 'Protecting vulnerable people', 'not_started'),
      afi('investigating', 'Investigating crime', 'in_progress'),
      afi('investigating', 'Investigating crime', 'not_started'),
    ],
    fate: 'changes_requested',
  },
  {
    force: 'west-midlands',
    report: VAWG,
    grades: [],
    findings: [
      rec('vawg', null, 'completed'),
      rec('vawg', null, 'in_progress', { revise: 'ahead' }),
    ],
    fate: 'withdrawn',
  },
  {
    force: 'gwent',
    report: VAWG,
    grades: [],
    findings: [rec('vawg', null, 'closed'), rec('vawg', null, 'not_assured')],
    fate: 'published',
  },
  {
    force: 'staffordshire',
    report: VETTING,
    grades: [],
    findings: [
      rec('vetting', null, 'closed'),
      rec('vetting', null, 'in_progress', { revise: 'slipped' }),
      rec('vetting', null, 'no_longer_applicable'),
    ],
    fate: 'republished',
  },
  {
    force: 'cumbria',
    report: VETTING,
    grades: [],
    findings: [rec('vetting', null, 'not_started'), rec('vetting', null, 'in_progress')],
    fate: 'draft',
  },
  {
    force: 'staffordshire',
    report: MISSING_CHILDREN,
    grades: [],
    findings: [rec('protecting', null, 'in_progress')],
    fate: 'published',
  },
  {
    force: 'west-midlands',
    report: MISSING_CHILDREN,
    grades: [],
    findings: [rec('protecting', null, 'not_started')],
    fate: 'published_late',
  },
  {
    force: 'cumbria',
    report: MISSING_CHILDREN,
    grades: [],
    findings: [rec('protecting', null, 'not_started')],
    fate: 'draft',
  },
  {
    force: 'gwent',
    report: MISSING_CHILDREN,
    grades: [],
    findings: [rec('protecting', null, 'not_started')],
    fate: 'not_required',
  },
];
