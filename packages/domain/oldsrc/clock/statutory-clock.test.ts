import { afterEach, describe, expect, it } from 'vitest';
import { londonDateOf } from './calendar-date.js';
import {
  S55_TIME_LIMIT_COMMENCED_ON,
  computeStatutoryClock,
  s55PublicationDueOn,
  type StatutoryClock,
} from './statutory-clock.js';
import type { StatutoryClockInput } from './statutory-clock-input.js';

function clockOf(input: StatutoryClockInput, today: string, dueSoonDays?: number): StatutoryClock {
  const result = computeStatutoryClock(
    input,
    today,
    dueSoonDays === undefined ? {} : { dueSoonDays },
  );
  if (!result.ok)
    throw new Error(
      `unexpected ${result.error.code} on ${result.error.field}: ${result.error.message}`,
    );
  return result.value;
}

const seed = { reportPublishedOn: '2020-02-07' };

describe('publication due date', () => {
  it('is publication day + 55 (56 days counting the day itself) for the seed report', () => {
    expect(s55PublicationDueOn('2020-02-07')).toBe('2020-04-02');
    expect(clockOf(seed, '2020-02-07').publicationDueOn).toBe('2020-04-02');
  });

  it('applies from 2 May 2017 only', () => {
    expect(S55_TIME_LIMIT_COMMENCED_ON).toBe('2017-05-02');
    expect(s55PublicationDueOn('2017-05-01')).toBeNull();
    expect(s55PublicationDueOn('2017-05-02')).toBe('2017-06-26');
    const old = clockOf({ reportPublishedOn: '2017-05-01' }, '2019-01-01');
    expect(old).toMatchObject({
      publicationDueOn: null,
      daysRemaining: null,
      publicationState: 'no_fixed_limit',
    });
  });

  it('counts a leap day', () => {
    expect(s55PublicationDueOn('2024-01-05')).toBe('2024-02-29');
    expect(s55PublicationDueOn('2023-01-05')).toBe('2023-03-01');
  });
});

describe('publication state', () => {
  it.each([
    ['2020-02-07', 'open', 55],
    ['2020-03-19', 'due_soon', 14],
    ['2020-04-01', 'due_soon', 1],
    ['2020-04-02', 'due_today', 0],
    ['2020-04-03', 'late', -1],
    ['2020-05-02', 'late', -30],
  ] as const)(
    'on %s an unpublished seed response is %s with %i days left',
    (today, state, days) => {
      expect(clockOf(seed, today)).toMatchObject({ publicationState: state, daysRemaining: days });
    },
  );

  it('honours a different due-soon window', () => {
    expect(clockOf(seed, '2020-03-19', 7).publicationState).toBe('open');
    expect(clockOf(seed, '2020-03-26', 7).publicationState).toBe('due_soon');
  });

  it('is on time when published on the last day, late a day after', () => {
    const onTime = clockOf({ ...seed, firstPublishedOn: '2020-04-02' }, '2020-06-01');
    expect(onTime).toMatchObject({ publicationState: 'published_on_time', daysRemaining: null });
    const late = clockOf({ ...seed, firstPublishedOn: '2020-04-03' }, '2020-06-01');
    expect(late.publicationState).toBe('published_late');
  });

  it('has no deadline to meet for an older report once published', () => {
    const clock = clockOf(
      { reportPublishedOn: '2016-03-01', firstPublishedOn: '2016-09-01' },
      '2020-01-01',
    );
    expect(clock.publicationState).toBe('published');
  });

  it('is not required when the office decided so, and never late', () => {
    const clock = clockOf(
      { ...seed, notRequired: { reason: 'The force is not a subject of this thematic report' } },
      '2020-06-01',
    );
    expect(clock).toMatchObject({
      publicationState: 'not_required',
      publicationDueOn: '2020-04-02',
      daysRemaining: null,
      sendToHmicfrsOutstanding: false,
      sendToHomeSecretaryOutstanding: false,
    });
  });
});

describe("chief officer's comments", () => {
  const requested = {
    ...seed,
    chiefOfficerCommentsRequestedOn: '2020-02-10',
    chiefOfficerCommentsDueOn: '2020-03-10',
  };

  it.each([
    [seed, '2020-02-20', 'not_requested', null],
    [{ ...seed, chiefOfficerCommentsRequestedOn: '2020-02-10' }, '2020-02-20', 'awaited', null],
    [requested, '2020-02-20', 'awaited', 19],
    [requested, '2020-02-25', 'due_soon', 14],
    [requested, '2020-03-10', 'due_soon', 0],
    [requested, '2020-03-11', 'overdue', -1],
    [
      { ...requested, chiefOfficerCommentsReceivedOn: '2020-03-10' },
      '2020-03-20',
      'received',
      null,
    ],
    [
      { ...requested, chiefOfficerCommentsReceivedOn: '2020-03-11' },
      '2020-03-20',
      'received_late',
      null,
    ],
  ] as const)('%o on %s are %s', (input, today, state, days) => {
    expect(clockOf(input, today)).toMatchObject({
      chiefOfficerCommentsState: state,
      chiefOfficerCommentsDaysRemaining: days,
    });
  });
});

describe('sending the published response', () => {
  it('is outstanding only after publication, until each copy is sent', () => {
    expect(clockOf(seed, '2020-03-01')).toMatchObject({
      sendToHmicfrsOutstanding: false,
      sendToHomeSecretaryOutstanding: false,
    });
    const published = { ...seed, firstPublishedOn: '2020-03-30' };
    expect(clockOf(published, '2020-04-01')).toMatchObject({
      sendToHmicfrsOutstanding: true,
      sendToHomeSecretaryOutstanding: true,
    });
    const sentOne = { ...published, sentToHmicfrsOn: '2020-03-31' };
    expect(clockOf(sentOne, '2020-04-01')).toMatchObject({
      sendToHmicfrsOutstanding: false,
      sendToHomeSecretaryOutstanding: true,
    });
  });
});

describe('impossible inputs', () => {
  it.each([
    [
      {
        ...seed,
        chiefOfficerCommentsRequestedOn: '2020-02-10',
        chiefOfficerCommentsReceivedOn: '2020-02-09',
      },
      'chiefOfficerCommentsReceivedOn',
      'DATE_ORDER',
    ],
    [
      {
        ...seed,
        chiefOfficerCommentsRequestedOn: '2020-02-10',
        chiefOfficerCommentsDueOn: '2020-02-01',
      },
      'chiefOfficerCommentsDueOn',
      'DATE_ORDER',
    ],
    [{ ...seed, firstPublishedOn: '2020-02-06' }, 'firstPublishedOn', 'DATE_ORDER'],
    [
      { ...seed, firstPublishedOn: '2020-03-01', sentToHomeSecretaryOn: '2020-02-28' },
      'sentToHomeSecretaryOn',
      'DATE_ORDER',
    ],
    [{ ...seed, sentToHmicfrsOn: '2020-02-28' }, 'sentToHmicfrsOn', 'DATE_ORDER'],
    [
      { ...seed, firstPublishedOn: '2020-03-01', notRequired: { reason: 'not our force' } },
      'notRequired',
      'CONTRADICTION',
    ],
    [{ ...seed, notRequired: { reason: '   ' } }, 'notRequired.reason', 'INVALID_INPUT'],
    [{ reportPublishedOn: '2021-02-29' }, 'reportPublishedOn', 'INVALID_INPUT'],
  ] as const)('%o is refused on %s', (input, field, code) => {
    const result = computeStatutoryClock(input, '2020-06-01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
  });

  it('refuses a today that is not a date', () => {
    const result = computeStatutoryClock(seed, '2020-06-31');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'today' } });
  });

  it('accepts null for facts not yet known', () => {
    const input = {
      ...seed,
      chiefOfficerCommentsRequestedOn: null,
      firstPublishedOn: null,
      notRequired: null,
    };
    expect(clockOf(input, '2020-02-08').publicationState).toBe('open');
  });
});

describe('independence from the machine time zone', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  function inTimeZone<T>(tz: string, januaryOffsetMinutes: number, run: () => T): T {
    process.env.TZ = tz;
    // Guards the test itself: if the runner ignored TZ, this test would prove nothing.
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffsetMinutes);
    return run();
  }

  it.each([
    ['2020-04-02T23:30:00Z', 'late'], // BST: already 3 April in London, still 2 April in UTC
    ['2020-04-02T22:30:00Z', 'due_today'],
    ['2020-03-29T00:30:00Z', 'due_soon'], // the night the clocks went forward
  ])('gives the same answer at %s in UTC and Los Angeles', (instant, state) => {
    const run = (): StatutoryClock => clockOf(seed, londonDateOf(instant));
    const utc = inTimeZone('UTC', 0, run);
    const la = inTimeZone('America/Los_Angeles', 480, run);
    expect(la).toEqual(utc);
    expect(utc.publicationState).toBe(state);
  });
});
