import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRecord, redraftRecord, responseSlugOf } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

/**
 * A finding's title, an update's month precision and the office's document version reach every public
 * answer through the publication snapshot, and a later draft does not change what was published.
 */
describe.each(testDrivers())(
  'titles, month-only dates and version labels in public (%s)',
  (driver) => {
    let w: World;
    afterEach(() => w.close());

    async function prepared() {
      w = await createWorld(driver);
      const editor = w.as('editor');
      let r = await editor.records.get({ recordId: w.recordId });
      r = await editor.records.updateDraft({
        recordId: w.recordId,
        rowVersion: r.rowVersion,
        patch: { documentVersion: 'v1.1' },
      });
      const afi = r.findings.find((f) => f.ref === 'AFI1')!;
      await editor.findings.updateContent({
        findingId: afi.id,
        rowVersion: afi.rowVersion,
        patch: { title: 'Vetting backlog' },
      });
      await editor.findings.addUpdate({
        findingId: afi.id,
        update: {
          date: '2099-05-01',
          datePrecision: 'month',
          author: 'force',
          visibility: 'public',
          text: '<p>Backlog cleared.</p>',
        },
      });
      await publishRecord(w);
      return { afiId: afi.id, responseSlug: await responseSlugOf(w) };
    }

    it('shows them on the response, the finding page, the finding lists and the open data', async () => {
      const { responseSlug } = await prepared();
      const p = w.as('anonymous').public;
      const response = await p.response({ organisationSlug: 'staffordshire', responseSlug });
      expect(response.record?.documentVersion).toBe('v1.1');
      const afi = response.record!.findings.find((f) => f.ref === 'AFI1')!;
      expect(afi.title).toBe('Vetting backlog');
      expect(response.tracking.AFI1!.latestUpdate).toMatchObject({
        date: '2099-05-01',
        datePrecision: 'month',
      });

      const page = await p.findingPage({
        organisationSlug: 'staffordshire',
        responseSlug,
        ref: 'AFI1',
      });
      expect(page.finding.title).toBe('Vetting backlog');
      expect(page.timeline.filter((e) => e.type === 'update').at(-1)).toMatchObject({
        date: '2099-05-01',
        datePrecision: 'month',
      });

      const rows = await p.findingsData({});
      expect(rows.find((r) => r.ref === 'AFI1')).toMatchObject({
        title: 'Vetting backlog',
        latestUpdateOn: '2099-05-01',
        latestUpdatePrecision: 'month',
      });
      expect(rows.find((r) => r.ref === 'AFI2')).toMatchObject({ title: null });
      const [responseRow] = await p.responsesData({});
      expect(responseRow).toMatchObject({ documentVersion: 'v1.1' });
    });

    it('keeps showing the published title and label while a new draft changes them', async () => {
      const { afiId, responseSlug } = await prepared();
      let r = await redraftRecord(w);
      const editor = w.as('editor');
      r = await editor.records.updateDraft({
        recordId: w.recordId,
        rowVersion: r.rowVersion,
        patch: { documentVersion: 'v2.0 draft' },
      });
      await editor.findings.updateContent({
        findingId: afiId,
        rowVersion: r.findings.find((f) => f.id === afiId)!.rowVersion,
        patch: { title: 'Not yet published' },
      });
      const p = w.as('anonymous').public;
      const response = await p.response({ organisationSlug: 'staffordshire', responseSlug });
      expect(response.record?.documentVersion).toBe('v1.1');
      expect(response.record!.findings.find((f) => f.ref === 'AFI1')!.title).toBe(
        'Vetting backlog',
      );
      const rows = await p.findingsData({});
      expect(rows.find((row) => row.ref === 'AFI1')!.title).toBe('Vetting backlog');
    });
  },
);
