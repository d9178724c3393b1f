import { describe, expect, it } from 'vitest';
import { findQuestion, matchGroupHeading } from './headings.js';

const PEEL_18 = 'peel-2018-19';

describe('the short headings offices use find the full question', () => {
  it.each([
    [
      'Investigating Crime',
      'How effective is the force at investigating crime and reducing re-offending?',
    ],
    [
      'Protecting Vulnerable People',
      'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?',
    ],
    [
      'Ethical and lawful workforce behaviour',
      'How well does the force ensure that its workforce behaves ethically and lawfully?',
    ],
  ])('%s', (heading, text) => {
    expect(findQuestion(PEEL_18, heading)?.text).toBe(text);
  });

  it('and the question knows its pillar', () => {
    expect(findQuestion(PEEL_18, 'Ethical and lawful workforce behaviour')?.pillarId).toBe(
      'legitimacy',
    );
  });
});

describe('matchGroupHeading', () => {
  it('reads a pillar and an area on one line, keeping the area as written', () => {
    expect(matchGroupHeading('EFFECTIVENESS Investigating Crime', PEEL_18)).toEqual({
      pillar: 'Effectiveness',
      area: 'Investigating Crime',
      questionId: 'peel-2018-19/effectiveness/investigating-crime',
    });
  });

  it.each([
    'Effectiveness: Investigating crime',
    'Effectiveness – Investigating crime',
    'effectiveness - investigating crime:',
  ])('reads %j with a separator', (text) => {
    const match = matchGroupHeading(text, PEEL_18);
    expect(match).toMatchObject({
      pillar: 'Effectiveness',
      questionId: 'peel-2018-19/effectiveness/investigating-crime',
    });
    expect(match?.area?.toLowerCase()).toBe('investigating crime');
  });

  it('reads a pillar on its own, by name or by its headline question', () => {
    const pillarOnly = { pillar: 'Legitimacy', area: null, questionId: null };
    expect(matchGroupHeading('LEGITIMACY', PEEL_18)).toEqual(pillarOnly);
    expect(matchGroupHeading(' legitimacy: ', PEEL_18)).toEqual(pillarOnly);
    expect(
      matchGroupHeading(
        'How legitimately does the force treat the public and its workforce?',
        PEEL_18,
      ),
    ).toEqual(pillarOnly);
  });

  it('leaves the pillar to the caller when an area stands alone', () => {
    expect(matchGroupHeading('  Protecting Vulnerable People ', PEEL_18)).toEqual({
      pillar: null,
      area: 'Protecting Vulnerable People',
      questionId: 'peel-2018-19/effectiveness/protecting-vulnerable-people',
    });
  });

  it('ignores case, punctuation, spacing and & against and', () => {
    for (const text of [
      'ETHICAL & LAWFUL WORKFORCE BEHAVIOUR',
      'Ethical  and\u00a0lawful workforce behaviour.',
      'Ethical and lawful workforce-behaviour',
    ]) {
      expect(matchGroupHeading(text, PEEL_18)?.questionId).toBe(
        'peel-2018-19/legitimacy/ethical-and-lawful-behaviour',
      );
    }
  });

  it('recognises the full question wording as well as the short form', () => {
    expect(
      matchGroupHeading('How well does the force plan for the future?', PEEL_18)?.questionId,
    ).toBe('peel-2018-19/efficiency/planning-for-the-future');
  });

  it.each([
    'The force should improve how it investigates crime.',
    'Investigating crime was good overall',
    'Effectiveness of the new IT system',
    'EFFECTIVENESS Local partnership working',
    '',
  ])('gives null for %j', (text) => {
    expect(matchGroupHeading(text, PEEL_18)).toBeNull();
  });

  it('searches only the framework it is given', () => {
    expect(matchGroupHeading('Responding to the public', PEEL_18)).toBeNull();
    expect(matchGroupHeading('Responding to the public', 'peel-2021-22')?.questionId).toBe(
      'peel-2021-22/responding-to-the-public',
    );
    expect(matchGroupHeading('EFFECTIVENESS', 'peel-2021-22')).toBeNull();
  });

  it('searches every framework, newest first, when none is known', () => {
    expect(matchGroupHeading('Investigating crime', null)?.questionId).toBe(
      'peel-2023-25/investigating-crime',
    );
    expect(matchGroupHeading('Ethical and lawful workforce behaviour', null)?.questionId).toBe(
      'peel-2018-19/legitimacy/ethical-and-lawful-behaviour',
    );
    expect(matchGroupHeading('Investigating crime', 'no-such-framework')?.questionId).toBe(
      'peel-2023-25/investigating-crime',
    );
  });

  it('reads fire and rescue pillars and areas', () => {
    expect(matchGroupHeading('PEOPLE', 'fire-2021-22')).toEqual({
      pillar: 'People',
      area: null,
      questionId: null,
    });
    expect(
      matchGroupHeading('Efficiency – Making best use of resources', 'fire-2021-22')?.questionId,
    ).toBe('fire-2021-22/efficiency/best-use-of-resources');
    expect(findQuestion('fire-2023-25', 'Understanding risk')?.text).toBe(
      'Understanding the risk of fire and other emergencies',
    );
  });
});
