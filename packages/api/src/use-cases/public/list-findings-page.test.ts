import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { publishRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

describe('the REST API’s lists, paged by cursor', () => {
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  it('walks every published finding once, a page at a time, as the open data lists them', async () => {
    await publishRecord(w);
    const p = w.as('anonymous').public;
    const all = await p.findingsData({});
    expect(all.length).toBeGreaterThan(3);
    const walked: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await p.findingsPage({ limit: 2, cursor });
      expect(page.total).toBe(all.length);
      expect(page.findings.length).toBeLessThanOrEqual(2);
      walked.push(...page.findings.map((f) => f.findingId));
      cursor = page.next ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(walked.toSorted()).toEqual(all.map((f) => f.findingId).toSorted());
    expect(new Set(walked).size).toBe(walked.length);

    // Filters and words narrow it as they narrow the portal's list.
    const recommendations = await p.findingsPage({ kind: 'recommendation', limit: 100 });
    expect(recommendations.findings.every((f) => f.kind === 'recommendation')).toBe(true);
    expect(recommendations.total).toBe(all.filter((f) => f.kind === 'recommendation').length);
  });

  it('lists a force’s responses and the reports by cursor, and refuses a cursor from elsewhere', async () => {
    const p = w.as('anonymous').public;
    const before = await p.forceResponses({ organisationSlug: 'staffordshire', limit: 1 });
    expect(before).toMatchObject({ total: 0, responses: [], next: null });
    await publishRecord(w);
    const after = await p.forceResponses({ organisationSlug: 'staffordshire', limit: 1 });
    expect(after.organisation.name).toBe('Staffordshire Police');
    expect(after.responses).toHaveLength(1);
    expect(after.next).toBeNull();
    const reports = await p.reportsPage({ limit: 1 });
    expect(reports.reports.map((r) => r.slug)).toEqual([after.responses[0]!.reportSlug]);

    expect(await appErrorCode(p.forceResponses({ organisationSlug: 'atlantis', limit: 1 }))).toBe(
      'NOT_FOUND',
    );
    expect(await appErrorCode(p.findingsPage({ cursor: 'bm90IGEgY3Vyc29y' }))).toBe(
      'CURSOR_INVALID',
    );
  });
});
