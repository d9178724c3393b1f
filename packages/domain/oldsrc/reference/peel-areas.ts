import { defineFramework } from './framework-types.js';

const VICTIM_SERVICE = {
  slug: 'victim-service',
  text: 'How good is the force’s service for victims of crime?',
  short: [
    'Providing a service to the victims of crime',
    'Providing a service to victims of crime',
    'Victim service assessment',
  ],
  graded: false,
} as const;

// Crime data integrity is graded inside PEEL from 2021/22, on the CDI judgment criteria's question.
const RECORDING_DATA = {
  slug: 'recording-data-about-crime',
  text: 'To what extent can police-recorded crime information be trusted?',
  short: ['Recording data about crime', 'Crime data integrity', 'Crime recording'],
} as const;

const SHARED = {
  preventing:
    'How good is the force at preventing and deterring crime and anti-social behaviour, and reducing vulnerability?',
  responding: 'How good is the force at responding to the public?',
  investigating: 'How good is the force at investigating crime?',
  protecting: 'How good is the force at protecting vulnerable people?',
  offenders: 'How good is the force at managing offenders and suspects?',
  seriousOrganised: 'How good is the force at disrupting serious organised crime?',
  workplace:
    'How good is the force at building, developing and looking after its workforce and encouraging an ethical, lawful and inclusive workplace?',
} as const;

/** PEEL 2021/22: graded areas, no pillar grades, five-point scale. */
export const PEEL_2021_22 = defineFramework({
  id: 'peel-2021-22',
  name: 'PEEL 2021/22',
  service: 'police',
  scale: 'five_point',
  startYear: 2021,
  note:
    'Five-point scale (Adequate added) and grades for areas only, not pillars. The assessment framework was ' +
    'revised in 2022: the first eight forces were graded under the earlier area names, kept here as short headings. ' +
    'Serious organised crime is graded through regional inspections; the strategic policing requirement and armed ' +
    'policing were not graded.',
  areas: [
    VICTIM_SERVICE,
    RECORDING_DATA,
    {
      slug: 'treatment-of-the-public',
      text: 'How good is the force at engaging with and treating the public with fairness and respect?',
      short: [
        'Treatment of the public',
        'Engaging with and treating the public with fairness and respect',
      ],
    },
    {
      slug: 'preventing-crime',
      text: SHARED.preventing,
      short: [
        'Preventing crime and anti-social behaviour',
        'Preventing crime and tackling anti-social behaviour',
        'Preventing crime',
      ],
    },
    {
      slug: 'responding-to-the-public',
      text: SHARED.responding,
      short: ['Responding to the public'],
    },
    { slug: 'investigating-crime', text: SHARED.investigating, short: ['Investigating crime'] },
    {
      slug: 'protecting-vulnerable-people',
      text: SHARED.protecting,
      short: ['Protecting vulnerable people'],
    },
    {
      slug: 'managing-offenders',
      text: SHARED.offenders,
      short: ['Managing offenders and suspects', 'Managing offenders'],
    },
    {
      slug: 'serious-organised-crime',
      text: SHARED.seriousOrganised,
      short: [
        'Disrupting serious organised crime',
        'Serious organised crime',
        'Serious and organised crime',
      ],
    },
    {
      slug: 'strategic-policing-requirement',
      text: 'How good is the force at meeting the requirements of the Strategic Policing Requirement?',
      short: ['Meeting the strategic policing requirement', 'Strategic policing requirement'],
      graded: false,
    },
    {
      slug: 'armed-policing',
      text: 'How good is the force at responding to armed threats?',
      short: ['Responding to armed threats', 'Armed policing'],
      graded: false,
    },
    {
      slug: 'positive-workplace',
      text: SHARED.workplace,
      short: [
        'Developing a positive workplace',
        'Building, supporting and protecting the workforce',
      ],
    },
    {
      slug: 'good-use-of-resources',
      text: 'How good is the force at planning and managing its organisation efficiently, making sure it achieves value for money, now and in the future?',
      short: [
        'Good use of resources',
        'Strategic planning, organisational management and value for money',
      ],
    },
  ],
});

/** PEEL 2023–25: areas again, with leadership graded in its own right. */
export const PEEL_2023_25 = defineFramework({
  id: 'peel-2023-25',
  name: 'PEEL 2023–25',
  service: 'police',
  scale: 'five_point',
  startYear: 2023,
  note:
    'Five-point scale, grades for areas only. Leadership and force management replaces good use of resources; ' +
    'police powers and public treatment replaces treatment of the public.',
  areas: [
    VICTIM_SERVICE,
    RECORDING_DATA,
    {
      slug: 'police-powers-and-public-treatment',
      text: 'How good is the force at using its police powers and treating the public fairly and respectfully?',
      short: ['Police powers and public treatment', 'Treatment of the public'],
    },
    {
      slug: 'preventing-crime',
      text: SHARED.preventing,
      short: ['Preventing crime', 'Preventing crime and anti-social behaviour'],
    },
    {
      slug: 'responding-to-the-public',
      text: SHARED.responding,
      short: ['Responding to the public'],
    },
    { slug: 'investigating-crime', text: SHARED.investigating, short: ['Investigating crime'] },
    {
      slug: 'protecting-vulnerable-people',
      text: SHARED.protecting,
      short: ['Protecting vulnerable people'],
    },
    {
      slug: 'managing-offenders',
      text: SHARED.offenders,
      short: ['Managing offenders', 'Managing offenders and suspects'],
    },
    {
      slug: 'serious-organised-crime',
      text: SHARED.seriousOrganised,
      short: [
        'Disrupting serious organised crime',
        'Serious organised crime',
        'Serious and organised crime',
      ],
    },
    {
      slug: 'positive-workplace',
      text: SHARED.workplace,
      short: [
        'Developing a positive workplace',
        'Building, supporting and protecting the workforce',
      ],
    },
    {
      slug: 'leadership-and-force-management',
      text: 'How good is the force at leadership and force management?',
      short: ['Leadership and force management'],
    },
  ],
});
