import { describe, expect, it } from 'vitest';
import {
  FRAMEWORKS,
  detectFramework,
  frameworkQuestions,
  getFramework,
  getQuestion,
} from './frameworks.js';
import { foldForMatch } from './text.js';

describe('detectFramework reads the cycle from a report title', () => {
  it.each([
    [
      'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
      'peel-2018-19',
    ],
    ['PEEL 2018/19', 'peel-2018-19'],
    ['PEEL: Police effectiveness 2016 An inspection of Kent Police', 'peel-2014-17'],
    ['PEEL: Police legitimacy 2017 – An inspection of Sussex Police', 'peel-2014-17'],
    ['PEEL: Police efficiency 2015', 'peel-2014-17'],
    ['PEEL 2021/22 An inspection of Kent Police', 'peel-2021-22'],
    ['PEEL 2021–22: Police effectiveness, efficiency and legitimacy', 'peel-2021-22'],
    ['PEEL 2023–25 An inspection of Devon and Cornwall Police', 'peel-2023-25'],
    ['PEEL 2023-2025 Police effectiveness, efficiency and legitimacy', 'peel-2023-25'],
    [
      'Fire and rescue service inspection 2021/22: Staffordshire Fire and Rescue Service',
      'fire-2021-22',
    ],
    [
      'Fire & Rescue Service Effectiveness, efficiency and people 2018/19 An inspection of Cheshire Fire and Rescue Service',
      'fire-2018-19',
    ],
    ['Effectiveness, efficiency and people 2023–25 – Kent Fire and Rescue Service', 'fire-2023-25'],
  ])('%s -> %s', (title, id) => {
    expect(detectFramework(title)?.id).toBe(id);
  });

  it.each([
    ['a thematic report with a year', 'Crime data integrity inspection 2016'],
    ['a year and nothing else', '2017'],
    ['a cycle we do not hold', 'PEEL 2025–27 An inspection of Kent Police'],
    ['a year with no PEEL cycle', 'PEEL 2020'],
    ['no year', 'PEEL spotlight report: A system under pressure'],
    ['nothing', ''],
  ])('gives null for %s', (_why, title) => {
    expect(detectFramework(title)).toBeNull();
  });
});

describe('the framework reference data', () => {
  it('has unique ids, each question under its framework and pillar', () => {
    const ids = FRAMEWORKS.flatMap((f) => [f.id, ...frameworkQuestions(f).map((q) => q.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FRAMEWORKS) {
      for (const q of frameworkQuestions(f)) {
        expect(q.id.startsWith(q.pillarId ? `${f.id}/${q.pillarId}/` : `${f.id}/`)).toBe(true);
        expect(getQuestion(q.id)).toBe(q);
      }
    }
  });

  it('never lets one heading stand for two things within a framework', () => {
    for (const f of FRAMEWORKS) {
      const owners = new Map<string, string>();
      const claim = (text: string | null, owner: string) => {
        if (!text) return;
        const key = foldForMatch(text);
        expect(owners.get(key) ?? owner, `"${text}" in ${f.id}`).toBe(owner);
        owners.set(key, owner);
      };
      for (const p of f.pillars)
        [p.name, p.question, ...p.otherWordings].forEach((t) => claim(t, p.id));
      for (const q of frameworkQuestions(f))
        [q.text, ...q.otherWordings, ...q.shortHeadings].forEach((t) => claim(t, q.id));
    }
  });

  it('has PEEL 2018/19 as three pillars and ten questions, specialist capabilities ungraded', () => {
    const peel = getFramework('peel-2018-19')!;
    expect(peel.scale).toBe('four_point');
    expect(peel.pillars.map((p) => p.name)).toEqual(['Effectiveness', 'Efficiency', 'Legitimacy']);
    expect(peel.pillars.map((p) => p.questions.length)).toEqual([5, 2, 3]);
    expect(
      frameworkQuestions(peel)
        .filter((q) => !q.graded)
        .map((q) => q.id),
    ).toEqual(['peel-2018-19/effectiveness/specialist-capabilities']);
    expect(peel.pillars[0]!.question).toBe(
      'How effectively does the force reduce crime and keep people safe?',
    );
  });

  it('keeps leadership in PEEL 2014–2017 as an ungraded pillar', () => {
    const leadership = getFramework('peel-2014-17')!.pillars.find((p) => p.id === 'leadership');
    expect(leadership?.graded).toBe(false);
  });

  it('grades areas, not pillars, on the five-point scale from PEEL 2021/22', () => {
    for (const id of ['peel-2021-22', 'peel-2023-25']) {
      const f = getFramework(id)!;
      expect(f.scale).toBe('five_point');
      expect(f.pillars).toEqual([]);
      expect(f.areas.map((a) => a.shortHeadings[0])).toEqual(
        expect.arrayContaining([
          'Investigating crime',
          'Protecting vulnerable people',
          'Responding to the public',
        ]),
      );
    }
    expect(getFramework('peel-2023-25')!.areas.map((a) => a.shortHeadings[0])).toEqual(
      expect.arrayContaining([
        'Police powers and public treatment',
        'Leadership and force management',
        'Managing offenders',
      ]),
    );
  });

  it('gives fire rounds Effectiveness, Efficiency and People, five-point and ungraded pillars in round 3', () => {
    const rounds = ['fire-2018-19', 'fire-2021-22', 'fire-2023-25'].map((id) => getFramework(id)!);
    for (const f of rounds) {
      expect(f.service).toBe('fire');
      expect(f.pillars.map((p) => p.name)).toEqual(['Effectiveness', 'Efficiency', 'People']);
      expect(frameworkQuestions(f)).toHaveLength(11);
    }
    expect(rounds.map((f) => f.scale)).toEqual(['four_point', 'four_point', 'five_point']);
    expect(rounds.map((f) => f.pillars.every((p) => p.graded))).toEqual([true, true, false]);
  });

  it('knows nothing of an id it does not hold', () => {
    expect(getFramework('peel-2099-00')).toBeNull();
    expect(getQuestion('peel-2018-19/effectiveness/nothing')).toBeNull();
  });
});
