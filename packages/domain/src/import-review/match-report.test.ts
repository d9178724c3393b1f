import { describe, expect, it } from 'vitest';
import { matchReport, type HeldReport } from './match-report.js';
import { titleKey, titleSimilarity } from './title-key.js';

const KENT = 'org-kent';
const STAFFS = 'org-staffs';

function held(over: Partial<HeldReport> & Pick<HeldReport, 'id' | 'title'>): HeldReport {
  return {
    type: 'peel',
    publishedOn: '2019-05-02',
    link: null,
    national: false,
    organisationIds: [STAFFS],
    ...over,
  };
}

const incoming = (title: string, over: Partial<Parameters<typeof matchReport>[0]> = {}) => ({
  title,
  type: 'peel' as const,
  publishedOn: '2019-05-02',
  link: null,
  ...over,
});

describe('titleKey: what two titles must share to be one report', () => {
  it.each([
    [
      'PEEL 2018/19: An inspection of Staffordshire Police',
      'peel  2018-19 – an inspection of staffordshire police.',
    ],
    ['PEEL 2018/19: Staffordshire', 'PEEL 2018/2019 Staffordshire Police'],
    ['Fraud: Time to choose', 'Fraud — time to choose'],
    ['Vetting, misconduct & misogyny', 'Vetting, Misconduct and Misogyny'],
    ['‘Spotlight’ report', "'Spotlight' report"],
  ])('%s = %s', (a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  it.each([
    ['PEEL 2018/19: Kent Police', 'PEEL 2018/19: Staffordshire Police'],
    ['PEEL 2018/19: Kent', 'PEEL 2019/20: Kent'],
    ['PEEL 2018/2020', 'PEEL 2018/20'],
  ])('%s ≠ %s', (a, b) => {
    expect(titleKey(a)).not.toBe(titleKey(b));
  });

  it('similarity is 1 for the same words, lower as words change, and symmetric', () => {
    const a = titleKey('An inspection of how well the police tackle serious and organised crime');
    const b = titleKey('An inspection of how well the police tackle serious organised crime');
    expect(titleSimilarity(a, a)).toBe(1);
    expect(titleSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
    expect(titleSimilarity(a, b)).toBe(titleSimilarity(b, a));
    expect(titleSimilarity(a, titleKey('Custody in Kent'))).toBeLessThan(0.2);
  });
});

describe('matchReport: an import never makes a second report for one inspection', () => {
  it('nothing held: none', () => {
    expect(matchReport(incoming('PEEL 2018/19: Staffordshire'), STAFFS, [])).toEqual({
      kind: 'none',
    });
  });

  it('a title differing only in punctuation, case and spacing is the same report', () => {
    const report = held({ id: 'r1', title: 'PEEL 2018/19: An inspection of Staffordshire Police' });
    expect(
      matchReport(incoming('peel 2018-19 — an inspection of  Staffordshire police'), STAFFS, [
        report,
      ]),
    ).toEqual({
      kind: 'same',
      reportId: 'r1',
      why: 'Same title and date as "PEEL 2018/19: An inspection of Staffordshire Police"',
    });
  });

  it('Kent and Staffordshire PEEL inspections never merge, by title, name or near match', () => {
    const kent = held({
      id: 'kent',
      title: 'PEEL 2018/19: An inspection of Kent Police',
      organisationIds: [KENT],
    });
    const kentBare = held({
      id: 'kent2',
      title: 'PEEL 2018/19 effectiveness',
      organisationIds: [KENT],
    });
    expect(
      matchReport(incoming('PEEL 2018/19: An inspection of Staffordshire Police'), STAFFS, [
        kent,
        kentBare,
      ]),
    ).toEqual({
      kind: 'none',
    });
    // The very same words, but the held report is Kent's: a force's inspection is not another's.
    expect(matchReport(incoming('PEEL 2018/19 Effectiveness'), STAFFS, [kent, kentBare])).toEqual({
      kind: 'none',
    });
    // Same link, too: still Kent's report.
    const linked = { ...kent, link: 'https://example.org/kent' };
    expect(
      matchReport(
        incoming('PEEL 2018/19 Staffordshire', { link: 'https://example.org/kent' }),
        STAFFS,
        [linked],
      ),
    ).toEqual({ kind: 'none' });
  });

  it('a national report named with a force in the record matches by date or by link, else not', () => {
    const national = held({
      id: 'nat',
      title: 'State of Policing: The Annual Assessment of Policing in England and Wales 2019',
      type: 'national',
      national: true,
      organisationIds: [],
      publishedOn: '2020-07-02',
      link: 'https://example.org/state-of-policing-2019',
    });
    const named =
      'State of Policing: The Annual Assessment of Policing in England and Wales 2019 – Kent Police';
    const byDate = matchReport(
      incoming(named, { type: 'national', publishedOn: '2020-07-02' }),
      KENT,
      [national],
    );
    expect(byDate).toMatchObject({ kind: 'same', reportId: 'nat' });
    expect(byDate.kind === 'same' && byDate.why).toContain('the same date');
    const byLink = matchReport(
      incoming(named, {
        type: 'national',
        publishedOn: null,
        link: 'https://example.org/state-of-policing-2019',
      }),
      KENT,
      [national],
    );
    expect(byLink).toMatchObject({ kind: 'same', reportId: 'nat' });
    expect(byLink.kind === 'same' && byLink.why).toContain('the same link');
    expect(
      matchReport(incoming(named, { type: 'national', publishedOn: '2021-07-02' }), KENT, [
        national,
      ]),
    ).toEqual({
      kind: 'none',
    });
  });

  it('a force inspection named for another force does not match even with the same date', () => {
    const kent = held({
      id: 'kent',
      title: 'Custody inspection: Kent Police',
      type: 'custody',
      organisationIds: [KENT],
    });
    expect(
      matchReport(
        incoming('Custody inspection: Staffordshire Police', { type: 'custody' }),
        STAFFS,
        [kent],
      ),
    ).toEqual({
      kind: 'none',
    });
  });

  it('the same title for a thematic report any force may answer is the same report', () => {
    const thematic = held({
      id: 't',
      title: 'Fraud: Time to Choose',
      type: 'thematic',
      organisationIds: [],
    });
    expect(
      matchReport(incoming('Fraud – time to choose', { type: 'thematic' }), KENT, [thematic]),
    ).toMatchObject({
      kind: 'same',
      reportId: 't',
    });
  });

  it("the same title naming no force, of a type not one force's, and the same date: one report for both forces", () => {
    const vetting = held({
      id: 'v',
      title: 'An inspection of vetting, misconduct, and misogyny in the police service',
      type: 'vetting_counter_corruption',
      publishedOn: null,
      organisationIds: [STAFFS],
    });
    const title = 'An inspection of vetting, misconduct and misogyny in the police service';
    const vettingType = { type: 'vetting_counter_corruption' as const, publishedOn: null };
    expect(matchReport(incoming(title, vettingType), KENT, [vetting])).toMatchObject({
      kind: 'same',
      reportId: 'v',
    });
    // Another date, or a PEEL inspection's words: another force's own inspection, never merged.
    expect(
      matchReport(incoming(title, { ...vettingType, publishedOn: '2022-11-02' }), KENT, [vetting]),
    ).toEqual({ kind: 'none' });
    expect(
      matchReport(incoming(title, { type: 'peel', publishedOn: null }), KENT, [
        { ...vetting, type: 'peel' },
      ]),
    ).toEqual({ kind: 'none' });
  });

  it('a shared link with a report covering the force is the same report, whatever the title', () => {
    const report = held({
      id: 'r',
      title: 'PEEL 2018/19 Staffordshire',
      link: 'https://example.org/r',
    });
    expect(
      matchReport(
        incoming('Police effectiveness, efficiency and legitimacy', {
          link: 'https://example.org/r',
        }),
        STAFFS,
        [report],
      ),
    ).toEqual({ kind: 'same', reportId: 'r', why: 'Same link as "PEEL 2018/19 Staffordshire"' });
  });

  it('a near title asks, naming the closest first; a report of another force is not offered', () => {
    const close = held({
      id: 'close',
      title: 'An inspection of how well the police tackle serious and organised crime',
    });
    const closer = held({
      id: 'closer',
      title: 'An inspection of how well the police tackle serious organised crime',
    });
    const kents = held({ ...closer, id: 'kents', organisationIds: [KENT] });
    const result = matchReport(
      incoming('An inspection of how well the police tackle serious organised crime 2019'),
      STAFFS,
      [close, closer, kents],
    );
    expect(result).toMatchObject({ kind: 'near', reportIds: ['closer', 'close'] });
    expect(result.kind === 'near' && result.why).toContain('is it the same inspection?');
  });

  it('another year or part of a series is a report of its own, not a near match', () => {
    const thematic = { type: 'thematic' as const, organisationIds: [] };
    const held2015 = held({
      id: 'r2015',
      title: 'An inspection of vetting, misconduct, and misogyny in the police service (2015)',
      ...thematic,
    });
    const annual = held({ id: 'sop', title: 'State of Policing 2019', ...thematic });
    expect(
      matchReport(
        incoming(
          'An inspection of vetting, misconduct, and misogyny in the police service (2019)',
          {
            type: 'thematic',
          },
        ),
        STAFFS,
        [held2015],
      ),
    ).toEqual({ kind: 'none' });
    expect(
      matchReport(incoming('State of Policing 2020', { type: 'thematic' }), STAFFS, [annual]),
    ).toEqual({ kind: 'none' });
    const part4 = held({ id: 'p4', title: 'Value for money (2015, part 4)', ...thematic });
    expect(
      matchReport(incoming('Value for money (2015, part 7)', { type: 'thematic' }), STAFFS, [
        part4,
      ]),
    ).toEqual({ kind: 'none' });
    // A part on one side only still asks.
    expect(
      matchReport(incoming('Value for money (2015, part 1)', { type: 'thematic' }), STAFFS, [
        held({ ...part4, title: 'Value for money (2015)' }),
      ]),
    ).toMatchObject({ kind: 'near', reportIds: ['p4'] });
    // The same year, or a year on one side only, still asks.
    expect(
      matchReport(incoming('State of Policing: 2019', { type: 'thematic' }), STAFFS, [
        held({ ...annual, title: 'State of Policing in 2019' }),
      ]),
    ).toMatchObject({ kind: 'near', reportIds: ['sop'] });
  });

  it('a less similar title asks only when the date and type are the same', () => {
    const report = held({
      id: 'r',
      title: 'PEEL 2018/19 Staffordshire effectiveness and legitimacy',
    });
    const title = 'PEEL 2018/19 Staffordshire legitimacy';
    expect(matchReport(incoming(title), STAFFS, [report])).toMatchObject({
      kind: 'near',
      reportIds: ['r'],
    });
    expect(matchReport(incoming(title, { publishedOn: '2019-06-01' }), STAFFS, [report])).toEqual({
      kind: 'none',
    });
    expect(matchReport(incoming(title, { type: 'custody' }), STAFFS, [report])).toEqual({
      kind: 'none',
    });
  });

  it('the same title with no coverage recorded asks rather than merging or duplicating', () => {
    const report = held({ id: 'r', title: 'PEEL 2018/19 Staffordshire', organisationIds: [] });
    expect(matchReport(incoming('PEEL 2018/19 Staffordshire'), STAFFS, [report])).toMatchObject({
      kind: 'near',
      reportIds: ['r'],
    });
  });
});
