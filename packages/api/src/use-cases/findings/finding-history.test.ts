import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

describe("a finding's history", () => {
  let w: World;
  afterEach(() => w.close());

  it('lists audited changes newest first with who made them, to members only', async () => {
    w = await createWorld();
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    let afi = record.findings.find((f) => f.ref === 'AFI1')!;
    afi = (
      await w.as('editor').findings.setOwner({
        findingId: afi.id,
        rowVersion: afi.rowVersion,
        ownerUserId: null,
        team: 'Head of crime',
      })
    ).findings.find((f) => f.id === afi.id)!;
    await w.as('approver').findings.transition({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      to: 'no_longer_applicable',
      reason: 'The unit was disbanded',
    });
    const history = await w.as('viewer').findings.history({ findingId: afi.id });
    expect(history.changes.map((c) => [c.action, c.by])).toEqual([
      ['finding.no_longer_applicable', 'approver'],
      ['finding.owner_set', 'editor'],
    ]);
    expect(history.statusChanges).toMatchObject([
      { from: 'in_progress', to: 'no_longer_applicable', reason: 'The unit was disbanded' },
    ]);
    expect(await appErrorCode(w.as('outsider').findings.history({ findingId: afi.id }))).toBe(
      'FORBIDDEN',
    );
  });
});
