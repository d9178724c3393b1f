import { defineFramework } from './framework-types.js';

/**
 * PEEL 2014–2017: one report per pillar each year. Questions follow the 2016 and 2017 core
 * questions; 2015 wordings of the same questions are kept as other wordings.
 */
export const PEEL_2014_17 = defineFramework({
  id: 'peel-2014-17',
  name: 'PEEL 2014–2017',
  service: 'police',
  scale: 'four_point',
  startYear: 2014,
  note:
    'Effectiveness, efficiency and legitimacy were inspected and reported separately each year. ' +
    'Leadership was assessed in 2015 and 2016 (and woven into the other pillars in 2017) but never graded.',
  pillars: [
    {
      id: 'effectiveness',
      name: 'Effectiveness',
      question: 'How effective is the force at keeping people safe and reducing crime?',
      questions: [
        {
          slug: 'preventing-crime',
          text: 'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?',
          other: [
            'How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?',
          ],
          short: [
            'Preventing crime and tackling anti-social behaviour',
            'Preventing crime and anti-social behaviour',
            'Preventing crime',
          ],
        },
        {
          slug: 'investigating-crime',
          text: 'How effective is the force at investigating crime and reducing re-offending?',
          other: ['How effective is the force at investigating crime and managing offenders?'],
          short: [
            'Investigating crime and reducing re-offending',
            'Investigating crime and managing offenders',
            'Investigating crime',
          ],
        },
        {
          slug: 'protecting-vulnerable-people',
          text: 'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?',
          other: [
            'How effective is the force at protecting from harm those who are vulnerable, and supporting victims?',
          ],
          short: [
            'Protecting vulnerable people and supporting victims',
            'Protecting vulnerable people',
          ],
        },
        {
          slug: 'serious-organised-crime',
          text: 'How effective is the force at tackling serious and organised crime?',
          other: [
            'How effective is the force at tackling serious and organised crime, including its arrangement for fulfilling its national policing responsibilities?',
          ],
          short: ['Tackling serious and organised crime', 'Serious and organised crime'],
        },
        {
          slug: 'specialist-capabilities',
          text: 'How effective are the force’s specialist capabilities?',
          short: ['Specialist capabilities', 'Armed policing'],
          graded: false,
        },
      ],
    },
    {
      id: 'efficiency',
      name: 'Efficiency',
      question: 'How efficient is the force at keeping people safe and reducing crime?',
      questions: [
        {
          slug: 'understanding-demand',
          text: 'How well does the force understand demand?',
          other: ['How well does the force understand its demand?'],
          short: ['Understanding demand'],
        },
        {
          slug: 'using-resources',
          text: 'How well does the force use its resources to meet demand?',
          other: [
            'How well does the force use its resources?',
            'How well does the force use its resources to meet its demand?',
          ],
          short: ['Using resources to meet demand', 'Use of resources', 'Using resources'],
        },
        {
          slug: 'planning-for-the-future',
          text: 'How well is the force planning for demand in the future?',
          short: ['Planning for demand in the future', 'Planning for the future'],
        },
      ],
    },
    {
      id: 'legitimacy',
      name: 'Legitimacy',
      question: 'How legitimate is the force at keeping people safe and reducing crime?',
      questions: [
        {
          slug: 'treating-the-public-fairly',
          text: 'To what extent does the force treat all of the people it serves with fairness and respect?',
          short: [
            'Fair treatment of the public',
            'Treating the public fairly',
            'Treating the public with fairness and respect',
          ],
        },
        {
          slug: 'ethical-and-lawful-behaviour',
          text: 'How well does the force ensure that its workforce behaves ethically and lawfully?',
          short: ['Ethical and lawful workforce behaviour', 'Ethical and lawful behaviour'],
        },
        {
          slug: 'treating-the-workforce-fairly',
          text: 'To what extent does the force treat its workforce with fairness and respect?',
          short: [
            'Fair and respectful treatment of the workforce',
            'Treating the workforce fairly',
            'Fair treatment of the workforce',
          ],
        },
      ],
    },
    { id: 'leadership', name: 'Leadership', question: null, graded: false, questions: [] },
  ],
});
