import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { TRPCError } from '@trpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

describe.each(testDrivers())("the office's document version label (%s)", (driver) => {
  let w: World;
  afterEach(() => w.close());

  const record = () => w.as('editor').records.get({ recordId: w.recordId });

  it('is set as written, cleared with null, and each change audited with its before', async () => {
    w = await createWorld(driver);
    let r = await record();
    expect(r.record.documentVersion).toBeNull();
    r = await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: r.rowVersion,
      patch: { documentVersion: ' v1.1 ' },
    });
    expect(r.record.documentVersion).toBe('v1.1');
    const answer = await w.as('editor').records.updateDraft({
      recordId: w.recordId,
      rowVersion: r.rowVersion,
      patch: { documentVersion: null },
    });
    expect(answer.record.documentVersion).toBeNull();
    expect((await record()).record.documentVersion).toBeNull();
    const [cleared, set] = await listAudit(w.db, { entityType: 'response_record', limit: 2 });
    expect(set).toMatchObject({
      action: 'record.draft_updated',
      before: { documentVersion: null },
      after: { documentVersion: 'v1.1' },
    });
    expect(cleared).toMatchObject({
      before: { documentVersion: 'v1.1' },
      after: { documentVersion: null },
    });
  });

  it('refuses a blank or over-long label with the field named, and a viewer', async () => {
    w = await createWorld(driver);
    const r = await record();
    for (const documentVersion of ['  ', 'v'.repeat(41)]) {
      const save = w.as('editor').records.updateDraft({
        recordId: w.recordId,
        rowVersion: r.rowVersion,
        patch: { documentVersion },
      });
      const error = await save.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
      const issues = ((error as TRPCError).cause as unknown as { issues: { path: string[] }[] })
        .issues;
      expect(issues.map((i) => i.path.join('.'))).toEqual(['patch.documentVersion']);
    }
    const viewer = w.as('viewer').records.updateDraft({
      recordId: w.recordId,
      rowVersion: r.rowVersion,
      patch: { documentVersion: 'v2' },
    });
    expect(await appErrorCode(viewer)).toBe('FORBIDDEN');
    expect((await record()).record.documentVersion).toBeNull();
  });
});
