import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shownFindingCountsByForce } from '@irr/db/read-models';
import { filterAndFacet } from '@irr/domain';
import { publishRecord, responseSlugOf } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';
import { listPublishedFindings } from '../../use-cases/public/list-published-findings.js';

/** A world whose seed record is published as version 1, and the response's own slug. */
async function publishedWorld(): Promise<{ w: World; responseSlug: string }> {
  const w = await createWorld();
  await publishRecord(w);
  return { w, responseSlug: await responseSlugOf(w) };
}

// These tests only read, so they share one published world.
describe('the portal procedures on the published seed', () => {
  let w: World;
  let responseSlug: string;
  beforeAll(async () => {
    ({ w, responseSlug } = await publishedWorld());
  });
  afterAll(() => w.close());

  it('reads a response by its force and report slugs, with tracking for every finding', async () => {
    const p = w.as('anonymous').public;
    const r = await p.response({ organisationSlug: 'staffordshire', responseSlug });
    expect(r.version).toBe(1);
    expect(r.record?.commissioner.name).toBe('Matthew Ellis');
    expect(Object.keys(r.tracking).sort()).toEqual(r.record!.findings.map((f) => f.ref).sort());
    expect(r.versions).toEqual([
      expect.objectContaining({ version: 1, changes: ['First published.'], withdrawal: null }),
    ]);
    // The test seed gives no report date: no statutory limit to be on time for.
    expect(r.statutory).toEqual({
      publicationDueOn: null,
      firstPublishedOn: '2026-11-28',
      onTime: null,
    });
    await expect(p.response({ organisationSlug: 'west-midlands', responseSlug })).rejects.toThrow(
      /not found/,
    );
    const finding = await p.findingPage({
      organisationSlug: 'staffordshire',
      responseSlug,
      ref: 'AFI1',
    });
    expect(finding.finding.text).toContain('oversight');
    expect(finding.timeline.length).toBeGreaterThan(0);
  });

  it('counts each filter value with the other filters applied, and filters to exactly that count', async () => {
    const p = w.as('anonymous').public;
    const all = await p.searchAll({});
    expect(all.total).toBe(Object.keys(await w.findingIds()).length);
    const byKind = all.facets.kind;
    expect(byKind.reduce((n, v) => n + v.count, 0)).toBe(all.total);
    const pillar = all.facets.area[0]!;
    const narrowed = await p.searchAll({ area: pillar.value });
    expect(narrowed.total).toBe(pillar.count);
    // The area facet itself still lists every area while one is chosen; the others narrow.
    expect(narrowed.facets.area).toEqual(all.facets.area);
    expect(narrowed.facets.status.reduce((n, v) => n + v.count, 0)).toBe(pillar.count);
    const words = await p.searchAll({ q: 'vetting' });
    expect(words.total).toBeGreaterThan(0);
    expect(words.findings.every((f) => f.snippet?.includes('<mark>'))).toBe(true);
    expect((await p.findingsData({ q: 'vetting' })).length).toBe(words.total);
  });

  it('matches the beginnings of words as they are typed, beyond their stems', async () => {
    const p = w.as('anonymous').public;
    const whole = await p.searchAll({ q: 'vetting' });
    expect(whole.total).toBeGreaterThan(0);
    // "vett" is longer than the stem of "vetting" ("vet"): only the words as written can match it.
    for (const q of ['vett', 'vetti', 'VETTIN'])
      expect(
        (await p.searchAll({ q })).findings.map((f) => f.findingId),
        q,
      ).toEqual(expect.arrayContaining(whole.findings.map((f) => f.findingId)));
    // A word runs on past the text's: nothing begins with it.
    expect((await p.searchAll({ q: 'vettingz' })).total).toBe(0);
    // Excluding a word excludes the findings that have it, in either form.
    expect((await p.searchAll({ q: 'vetting -vetting' })).total).toBe(0);
    // Quotes, "or", "-word" and a word with an apostrophe still read (no syntax error from the prefixes).
    for (const q of [
      '"vetting process"',
      'vetting or misconduct',
      'vetting -zzz',
      "force's o'brien",
    ])
      expect((await p.searchAll({ q })).total, q).toBeGreaterThanOrEqual(0);
    expect((await p.searchAll({ q: 'zzqx' })).total).toBe(0);
  });

  it('suggests the spelling the published findings use when a search finds nothing', async () => {
    const p = w.as('anonymous').public;
    const typo = await p.searchAll({ q: 'vettign' });
    expect(typo.total).toBe(0);
    expect(typo.suggestion).toBe('vetting');
    const followed = await p.searchAll({ q: typo.suggestion! });
    expect(followed.total).toBeGreaterThan(0);
    // A search that finds something, or whose words are nowhere near a published one, suggests nothing.
    expect(followed.suggestion).toBeNull();
    expect((await p.searchAll({ q: 'zzqx' })).suggestion).toBeNull();
    expect((await p.searchAll({ q: 'vettingz' })).suggestion).toBe('vetting');
  });

  it('names the reports whose titles the words give, in full or by their short names', async () => {
    const p = w.as('anonymous').public;
    const title =
      'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';
    for (const q of [
      'PEEL 2018/19',
      'peel 2018-19',
      'police effectiveness 2018',
      'legitimacy 2019',
    ])
      expect(
        (await p.searchAll({ q })).reports.map((r) => r.title),
        q,
      ).toEqual([title]);
    // "Staffs PEEL": the force is the filter, the rest names the report.
    const staffs = await p.searchAll({ q: 'Staffs PEEL' });
    const { report } = await p.response({ organisationSlug: 'staffordshire', responseSlug });
    expect(staffs.reports.map((r) => r.slug)).toEqual([report.slug]);
    expect((await p.searchAll({ q: 'PEEL 2016/17' })).reports).toEqual([]);
    expect((await p.searchAll({ q: 'vetting' })).reports).toEqual([]);
  });

  it('takes a force named in the words, by any of its names, as the force filter', async () => {
    const p = w.as('anonymous').public;
    const force = await p.searchAll({ organisationSlug: 'staffordshire' });
    expect(force.total).toBeGreaterThan(0);
    for (const q of ['Staffs', 'staffordshire police', 'Staffordshire']) {
      const named = await p.searchAll({ q });
      expect(named.total, q).toBe(force.total);
      expect(named.findings.every((f) => f.organisationSlug === 'staffordshire')).toBe(true);
    }
    const words = await p.searchAll({ q: 'vetting', organisationSlug: 'staffordshire' });
    // Not two empty results compared ("Staffs" read as a word would find nothing).
    expect(words.total).toBeGreaterThan(0);
    const named = await p.searchAll({ q: 'Staffs vetting' });
    expect(named.total).toBe(words.total);
    expect(named.findings.map((f) => f.findingId)).toEqual(words.findings.map((f) => f.findingId));
    expect((await p.findingsData({ q: 'Staffs vetting' })).length).toBe(words.total);
    // Another force chosen: the words are only words (no finding says "Staffs").
    expect((await p.searchAll({ q: 'Staffs', organisationSlug: 'kent' })).total).toBe(0);
  });

  it("gives a force's finding list the same counts as choosing the force from the nation's list", async () => {
    const p = w.as('anonymous').public;
    const nation = await p.searchAll({});
    const force = await p.searchAll({ organisationSlug: 'staffordshire' });
    expect(force.facets.organisationSlug).toEqual(nation.facets.organisationSlug);
    const fromAll = filterAndFacet(await listPublishedFindings(w.db, {}, '2026-11-28'), {
      organisationSlug: 'staffordshire',
    });
    expect(force.total).toBe(fromAll.matching.length);
    expect(force.facets).toEqual(fromAll.facets);
    expect(await shownFindingCountsByForce(w.db)).toEqual(fromAll.facets.organisationSlug);
  });

  it("pages a force's published responses, newest first, with the total", async () => {
    const p = w.as('anonymous').public;
    const first = await p.organisation({ slug: 'staffordshire', pageSize: 1 });
    expect(first).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(first.responses.map((r) => r.recordId)).toEqual([w.recordId]);
    const second = await p.organisation({ slug: 'staffordshire', page: 2, pageSize: 1 });
    expect(second).toMatchObject({ total: 1, page: 2, responses: [] });
  });
});

// This one changes a finding, so it has a published world of its own.
describe('the portal procedures after a change to the published seed', () => {
  let w: World;
  beforeEach(async () => {
    ({ w } = await publishedWorld());
  });
  afterEach(() => w.close());

  it('search and the force page show a change as soon as it is written, though their rows are cached', async () => {
    const p = w.as('anonymous').public;
    const before = await p.searchAll({ status: 'completed' });
    const overviewBefore = await p.forceOverview({ slug: 'staffordshire' });
    expect(await p.searchAll({ status: 'completed' })).toEqual(before); // served again, unchanged
    const afi = (await w.as('editor').records.get({ recordId: w.recordId })).findings.find(
      (f) => f.ref === 'AFI2',
    )!;
    expect(afi.status).toBe('in_progress');
    await w.as('editor').findings.transition({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: 'completed',
      finalUpdate: 'Compliance audited.',
    });
    const after = await p.searchAll({ status: 'completed' });
    expect(after.total).toBe(before.total + 1);
    expect(after.findings.map((f) => f.ref)).toContain('AFI2');
    const completed = (o: typeof overviewBefore) =>
      o.findings.filter((f) => f.status === 'completed').reduce((n, f) => n + f.count, 0);
    expect(completed(await p.forceOverview({ slug: 'staffordshire' }))).toBe(
      completed(overviewBefore) + 1,
    );
  });
});
