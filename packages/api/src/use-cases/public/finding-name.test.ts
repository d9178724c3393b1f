import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRecord, redraftRecord, responseSlugOf } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

/**
 * The report's number for a finding, as its published version froze it, names the finding in every public
 * answer: search and the finding lists, the feeds' changes and the alert form. A later draft's number is not
 * public until it is published.
 */
describe.each(testDrivers())('one name for a finding in public answers (%s)', (driver) => {
  let w: World;
  afterEach(() => w.close());

  it("calls a finding by the report's number the published version gives it", async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    const r = await editor.records.get({ recordId: w.recordId });
    const afi = r.findings.find((f) => f.ref === 'AFI1')!;
    await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { reference: '7' },
    });
    await publishRecord(w);
    const draft = await redraftRecord(w);
    const again = draft.findings.find((f) => f.ref === 'AFI1')!;
    await editor.findings.updateContent({
      findingId: again.id,
      rowVersion: again.rowVersion,
      patch: { reference: '8' },
    });
    await editor.findings.addUpdate({
      findingId: afi.id,
      update: {
        date: '2026-11-20',
        datePrecision: 'day',
        author: 'force',
        visibility: 'public',
        text: '<p>Wanted persons are reviewed daily.</p>',
      },
    });
    const responseSlug = await responseSlugOf(w);
    const p = w.as('anonymous').public;
    const name = 'Area for improvement 7';

    const rows = await p.findingsData({});
    expect(rows.find((x) => x.ref === 'AFI1')).toMatchObject({ reference: '7', name });
    expect(rows.find((x) => x.ref === 'AFI2')).toMatchObject({
      reference: null,
      name: 'Area for improvement AFI2',
    });
    const found = await p.searchAll({ q: 'wanted' });
    expect(found.findings.find((x) => x.ref === 'AFI1')?.name).toBe(name);

    const changes = await p.findingChanges({ organisationSlug: 'staffordshire' });
    const update = changes.find((c) => c.kind === 'update' && c.finding.ref === 'AFI1');
    expect(update?.finding).toMatchObject({ reference: '7', name });
    expect(changes.find((c) => c.finding.ref === 'AFI2')?.finding).toMatchObject({
      reference: null,
      name: 'Area for improvement AFI2',
    });

    const target = await w.as('anonymous').alerts.target({
      kind: 'finding',
      organisationSlug: 'staffordshire',
      responseSlug,
      ref: 'AFI1',
    });
    expect(target.label).toContain(name);
  });
});
