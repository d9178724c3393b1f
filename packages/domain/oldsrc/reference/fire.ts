import type { GradeScale } from '../model/index.js';
import { defineFramework } from './framework-types.js';

// Fire inspections grade named areas under three pillars; the area titles are the official wording.
function fireRound(spec: {
  id: string;
  name: string;
  scale: GradeScale;
  startYear: number;
  pillarsGraded: boolean;
  /** Round 1 graded "Responding to national risks"; later rounds renamed it. */
  majorIncidents: 'national' | 'major';
  note: string;
}) {
  return defineFramework({
    id: spec.id,
    name: spec.name,
    service: 'fire',
    scale: spec.scale,
    startYear: spec.startYear,
    note: spec.note,
    pillars: [
      {
        id: 'effectiveness',
        name: 'Effectiveness',
        question:
          'How effective is the fire and rescue service at keeping people safe and secure from fire and other risks?',
        other: ['How effective is the service at keeping people safe and secure?'],
        graded: spec.pillarsGraded,
        questions: [
          {
            slug: 'understanding-risk',
            text: 'Understanding the risk of fire and other emergencies',
            short: ['Understanding risk'],
          },
          {
            slug: 'preventing-fires',
            text: 'Preventing fires and other risks',
            short: [
              'Preventing fire and other risks',
              'Preventing fires and other emergencies',
              'Prevention',
            ],
          },
          {
            slug: 'protecting-the-public',
            text: 'Protecting the public through fire regulation',
            short: ['Protecting the public through the regulation of fire safety', 'Protection'],
          },
          {
            slug: 'responding-to-fires',
            text: 'Responding to fires and other emergencies',
            short: ['Response'],
          },
          spec.majorIncidents === 'national'
            ? { slug: 'responding-to-national-risks', text: 'Responding to national risks' }
            : {
                slug: 'responding-to-major-incidents',
                text: 'Responding to major and multi-agency incidents',
                short: ['Responding to national risks'],
              },
        ],
      },
      {
        id: 'efficiency',
        name: 'Efficiency',
        question:
          'How efficient is the fire and rescue service at keeping people safe and secure from fire and other risks?',
        other: ['How efficient is the service at keeping people safe and secure?'],
        graded: spec.pillarsGraded,
        questions: [
          {
            slug: 'best-use-of-resources',
            text: 'Making best use of resources',
            short: ['Best use of resources', 'Using resources to manage risk'],
          },
          {
            slug: 'future-affordability',
            text: 'Making the fire and rescue service affordable now and in the future',
            short: [
              'Future affordability',
              'Making the service affordable now and in the future',
              'Planning a sustainable model for now and the future',
            ],
          },
        ],
      },
      {
        id: 'people',
        name: 'People',
        question: 'How well does the fire and rescue service look after its people?',
        other: ['How well does the service look after its people?'],
        graded: spec.pillarsGraded,
        questions: [
          {
            slug: 'values-and-culture',
            text: 'Promoting the right values and culture',
            short: ['Values and culture'],
          },
          {
            slug: 'right-people-right-skills',
            text: 'Getting the right people with the right skills',
            short: ['Training and skills'],
          },
          {
            slug: 'fairness-and-diversity',
            text: 'Ensuring fairness and promoting diversity',
            short: ['Fairness and diversity'],
          },
          {
            slug: 'performance-and-leaders',
            text: 'Managing performance and developing leaders',
            short: ['Leadership and capability'],
          },
        ],
      },
    ],
  });
}

export const FIRE_2018_19 = fireRound({
  id: 'fire-2018-19',
  name: 'Fire and rescue service inspection 2018/19 (round 1)',
  scale: 'four_point',
  startYear: 2018,
  pillarsGraded: true,
  majorIncidents: 'national',
  note: 'First round: 45 services, four-point scale, graded pillars and areas.',
});

export const FIRE_2021_22 = fireRound({
  id: 'fire-2021-22',
  name: 'Fire and rescue service inspection 2021/22 (round 2)',
  scale: 'four_point',
  startYear: 2021,
  pillarsGraded: true,
  majorIncidents: 'major',
  note: 'Second round: 44 services, four-point scale, graded pillars and areas.',
});

export const FIRE_2023_25 = fireRound({
  id: 'fire-2023-25',
  name: 'Fire and rescue service inspection 2023–25 (round 3)',
  scale: 'five_point',
  startYear: 2023,
  pillarsGraded: false,
  majorIncidents: 'major',
  note: 'Third round: five-point scale (Adequate added) and grades for the eleven areas only; the pillars are no longer graded.',
});
