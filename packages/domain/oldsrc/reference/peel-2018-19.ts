import { defineFramework } from './framework-types.js';

/** Integrated PEEL 2018/19: one report, three graded pillars and ten questions (one ungraded). */
export const PEEL_2018_19 = defineFramework({
  id: 'peel-2018-19',
  name: 'PEEL 2018/19',
  service: 'police',
  scale: 'four_point',
  startYear: 2018,
  note:
    'Integrated PEEL assessment: risk-based, so a force not inspected on a question keeps its 2017 grade ' +
    '(record it as carried over). Specialist capabilities (armed policing) was reported but not graded.',
  pillars: [
    {
      id: 'effectiveness',
      name: 'Effectiveness',
      question: 'How effectively does the force reduce crime and keep people safe?',
      other: ['How effective is the force at reducing crime and keeping people safe?'],
      questions: [
        {
          slug: 'preventing-crime',
          text: 'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?',
          short: [
            'Preventing crime and tackling anti-social behaviour',
            'Preventing crime and anti-social behaviour',
            'Preventing crime',
          ],
        },
        {
          slug: 'investigating-crime',
          text: 'How effective is the force at investigating crime and reducing re-offending?',
          other: ['How effective is the force at investigating crime and catching criminals?'],
          short: ['Investigating crime and reducing re-offending', 'Investigating crime'],
        },
        {
          slug: 'protecting-vulnerable-people',
          text: 'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?',
          short: [
            'Protecting vulnerable people and supporting victims',
            'Protecting vulnerable people',
          ],
        },
        {
          slug: 'serious-organised-crime',
          text: 'How effective is the force at tackling serious and organised crime?',
          short: ['Tackling serious and organised crime', 'Serious and organised crime'],
        },
        {
          slug: 'specialist-capabilities',
          text: 'How effective are the force’s specialist capabilities?',
          short: ['Specialist capabilities', 'Armed policing', 'Armed response capability'],
          graded: false,
        },
      ],
    },
    {
      id: 'efficiency',
      name: 'Efficiency',
      question: 'How efficiently does the force operate and how sustainable are its services?',
      questions: [
        {
          slug: 'meeting-current-demands',
          text: 'How well does the force use its resources to meet the demand it faces?',
          short: [
            'Meeting current demands and using resources',
            'Meeting current demands',
            'Using resources',
          ],
        },
        {
          slug: 'planning-for-the-future',
          text: 'How well does the force plan for the future?',
          short: ['Planning for the future'],
        },
      ],
    },
    {
      id: 'legitimacy',
      name: 'Legitimacy',
      question: 'How legitimately does the force treat the public and its workforce?',
      questions: [
        {
          slug: 'treating-the-public-fairly',
          text: 'To what extent does the force treat all of the people it serves with fairness and respect?',
          short: ['Treating the public fairly', 'Fair treatment of the public'],
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
            'Treating the workforce fairly',
            'Fair and respectful treatment of the workforce',
            'Fair treatment of the workforce',
          ],
        },
      ],
    },
  ],
});
