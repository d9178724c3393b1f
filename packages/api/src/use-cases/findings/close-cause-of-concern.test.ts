import { listAudit } from '@irr/db/read-models';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

const LETTER = 'https://hmicfrs.justiceinspectorates.gov.uk/publication-html/letter';

describe('closing a cause of concern by HMICFRS letter', () => {
  let w: World;
  afterEach(() => w.close());

  it("needs an approver, records the letter and audits the lifecycle's event", async () => {
    w = await createWorld();
    let record = await w.as('editor').records.get({ recordId: w.recordId });
    record = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      kind: 'cause_of_concern',
      text: '<p>The force does not understand demand.</p>',
      group: { pillar: null, area: null, questionId: null },
    });
    const cause = record.findings.find((f) => f.ref === 'C1')!;
    const close = (persona: 'editor' | 'approver') =>
      w.as(persona).findings.closeCauseOfConcern({
        findingId: cause.id,
        rowVersion: cause.rowVersion,
        letterDate: '2026-11-20',
        letterLink: LETTER,
      });
    expect(await appErrorCode(close('editor'))).toBe('ROLE_TOO_LOW');
    record = await close('approver');
    expect(record.findings.find((f) => f.id === cause.id)!.causeStatus).toBe('closed');
    const [event] = await listAudit(w.db, { entityId: cause.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'cause_of_concern.closed',
      actorId: w.users.approver.id,
      before: { causeStatus: 'open' },
      after: { causeStatus: 'closed', letterDate: '2026-11-20', letterLink: LETTER },
    });
  });

  it('refuses a finding that is not a cause of concern', async () => {
    w = await createWorld();
    const record = await w.as('approver').records.get({ recordId: w.recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const close = w.as('approver').findings.closeCauseOfConcern({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      letterDate: '2026-11-20',
      letterLink: LETTER,
    });
    expect(await appErrorCode(close)).toBe('NOT_A_CAUSE');
  });
});
