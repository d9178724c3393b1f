import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { approveRecord } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

const SOURCE = 'https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/aoi-list/';
const PROGRESSING = { status: 'Being progressed', on: '2026-11-20', source: SOURCE };

describe("recording HMICFRS's own status for a finding", () => {
  let w: World;
  afterEach(() => w.close());

  async function afi1() {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    return record.findings.find((f) => f.ref === 'AFI1')!;
  }

  it('lets an editor set it and clear it, auditing each change with before and after', async () => {
    w = await createWorld();
    let afi = await afi1();
    expect(afi.inspectorateStatus).toBeNull();
    let record = await w.as('editor').findings.setInspectorateStatus({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      inspectorateStatus: { ...PROGRESSING, status: '  Being progressed ' },
    });
    afi = record.findings.find((f) => f.id === afi.id)!;
    expect(afi.inspectorateStatus).toEqual(PROGRESSING);
    expect(await listAudit(w.db, { entityId: afi.id, limit: 1 })).toMatchObject([
      {
        action: 'finding.inspectorate_status_set',
        actorId: w.users.editor.id,
        before: { inspectorateStatus: null },
        after: { inspectorateStatus: PROGRESSING },
      },
    ]);

    record = await w.as('editor').findings.setInspectorateStatus({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      inspectorateStatus: null,
    });
    expect(record.findings.find((f) => f.id === afi.id)!.inspectorateStatus).toBeNull();
    expect(await listAudit(w.db, { entityId: afi.id, limit: 1 })).toMatchObject([
      { before: { inspectorateStatus: PROGRESSING }, after: { inspectorateStatus: null } },
    ]);
  });

  it('refuses a viewer, and a stale version, writing nothing', async () => {
    w = await createWorld();
    const afi = await afi1();
    await w.as('editor').findings.setOwner({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      ownerUserId: null,
      team: 'Supt A',
    });
    const audited = await listAudit(w.db, { entityId: afi.id, limit: 10 });
    const set = (persona: 'viewer' | 'editor') =>
      w.as(persona).findings.setInspectorateStatus({
        findingId: afi.id,
        rowVersion: afi.rowVersion,
        inspectorateStatus: PROGRESSING,
      });
    expect(await appErrorCode(set('viewer'))).toBe('FORBIDDEN');
    expect(await appErrorCode(set('editor'))).toBe('STALE_VERSION');
    expect(await listAudit(w.db, { entityId: afi.id, limit: 10 })).toEqual(audited);
    expect((await afi1()).inspectorateStatus).toBeNull();
  });

  it('goes on after publication without reopening the record', async () => {
    w = await createWorld();
    const approved = await approveRecord(w);
    const published = await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: approved.rowVersion,
      to: 'published',
    });
    const afi = published.findings.find((f) => f.ref === 'AFI1')!;
    const record = await w.as('editor').findings.setInspectorateStatus({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      inspectorateStatus: { status: 'Complete', on: '2027-01-15', source: null },
    });
    expect(record).toMatchObject({ status: 'published', rowVersion: published.rowVersion });
    expect(record.findings.find((f) => f.id === afi.id)!.inspectorateStatus).toEqual({
      status: 'Complete',
      on: '2027-01-15',
      source: null,
    });
  });
});
