import { describe, expect, it } from 'vitest';
import {
  matchesSearch,
  organisationNamedIn,
  organisationNames,
  searchableText,
  withNamedForce,
} from './search-names.js';

const SEED = searchableText(
  [
    'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    'Staffordshire Police',
  ],
  ['Staffordshire Police'],
);

describe('searching records by the names people use', () => {
  it.each([
    'PEEL 2018/19',
    'PEEL 2018',
    'peel 2018-19',
    'PEEL 2018–2019',
    'Staffs',
    'staffs peel',
    'Staffordshire',
    'legitimacy 2018',
    'Police effectiveness',
  ])('finds the seed record for "%s"', (q) => {
    expect(matchesSearch(q, SEED)).toBe(true);
  });

  it.each(['PEEL 2019/20', 'PEEL 2021', 'Kent', 'vetting', 'staffs vetting'])(
    'does not find it for "%s"',
    (q) => {
      expect(matchesSearch(q, SEED)).toBe(false);
    },
  );

  it('finds a title written with the short form by the long form too', () => {
    const short = searchableText(['PEEL 2021/22 An inspection of Kent Police'], ['Kent Police']);
    expect(matchesSearch('police effectiveness efficiency and legitimacy 2021', short)).toBe(true);
    expect(matchesSearch('VAWG', searchableText(['Violence against women and girls']))).toBe(true);
  });

  it('knows every name of a force from the reference list, and only the name of one it does not list', () => {
    expect(organisationNames('Staffordshire Police')).toEqual(
      expect.arrayContaining(['staffordshire police', 'staffs', 'staffs police']),
    );
    expect(organisationNames('staffs')).toContain('staffordshire police');
    expect(organisationNames('Office of the Police, Fire and Crime Commissioner')).toEqual([
      'office of the police fire and crime commissioner',
    ]);
  });

  it('matches the start of words, so a word cut short still finds', () => {
    expect(matchesSearch('legit', SEED)).toBe(true);
    expect(matchesSearch('egitimacy', SEED)).toBe(false);
    expect(matchesSearch('', SEED)).toBe(true);
  });
});

describe('the force a search names', () => {
  it.each([
    ['Staffs vetting', { slug: 'staffordshire', rest: 'vetting' }],
    ['vetting in Kent Police', { slug: 'kent', rest: 'vetting in' }],
    ['Avon & Somerset "stop and search"', { slug: 'avon-and-somerset', rest: '"stop and search"' }],
    ['Dyfed-Powys -custody', { slug: 'dyfed-powys', rest: '-custody' }],
    ['Staffordshire', { slug: 'staffordshire', rest: '' }],
  ])('"%s"', (q, named) => {
    expect(organisationNamedIn(q)).toEqual(named);
  });

  it('is none for a search that names no force', () => {
    expect(organisationNamedIn('vetting and misconduct')).toBeNull();
    expect(organisationNamedIn('force')).toBeNull();
  });
});

describe('search filters with the force the words name', () => {
  it('takes the force as the filter and leaves the rest of the words', () => {
    expect(withNamedForce({ q: 'Staffs vetting', year: 2020 })).toEqual({
      q: 'vetting',
      organisationSlug: 'staffordshire',
      year: 2020,
    });
    expect(withNamedForce({ q: 'Staffordshire Police' })).toEqual({
      q: undefined,
      organisationSlug: 'staffordshire',
    });
    expect(withNamedForce({ q: 'Staffs vetting', organisationSlug: 'staffordshire' })).toEqual({
      q: 'vetting',
      organisationSlug: 'staffordshire',
    });
  });

  it('leaves the words alone when another force is chosen, or none is named', () => {
    const kent = { q: 'Staffs vetting', organisationSlug: 'kent' };
    expect(withNamedForce(kent)).toBe(kent);
    const plain = { q: 'vetting' };
    expect(withNamedForce(plain)).toBe(plain);
  });
});
