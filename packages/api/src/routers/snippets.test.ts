import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DATE_UNKNOWN, createWorld, type World } from '../test-support/world.js';

describe('search snippets', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
    const editor = w.as('editor');
    let record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    record = await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: '<p>Research &amp; development of <b>vetting</b> &lt;checks&gt;.</p>' },
    });
    record = await editor.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    record = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });
    await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'published',
    });
  });
  afterAll(() => w.close());

  // Regression: entities of the stored HTML were escaped a second time and showed as "&amp;amp;".
  it('show the text as written, escaped once, with only <mark> as markup', async () => {
    const expected = /Research<\/mark> &amp; development of\s+vetting\s+&lt;checks&gt;/;
    const portal = await w.as('anonymous').public.searchAll({ q: 'research' });
    expect(portal.findings[0]?.snippet).toMatch(expected);
    const staff = await w
      .as('viewer')
      .search.findings({ q: 'research', organisationId: w.staffs.id });
    expect(staff[0]?.snippet).toMatch(expected);
    const old = await w.as('anonymous').public.search({ q: 'research' });
    expect(old[0]?.snippet).toMatch(expected);
  });
});
