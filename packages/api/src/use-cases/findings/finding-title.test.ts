import { listAudit } from '@irr/db/read-models';
import { testDrivers } from '@irr/db/testing';
import { TRPCError } from '@trpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

const group = { pillar: 'Effectiveness', area: 'Investigating Crime', questionId: null };

/** The fields a refused input named, or 'ok'. */
async function refusedFields(call: Promise<unknown>): Promise<string[] | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (e) {
    if (!(e instanceof TRPCError) || e.code !== 'BAD_REQUEST') throw e;
    const issues = (e.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues ?? [];
    return issues.map((i) => i.path.join('.'));
  }
}

describe.each(testDrivers())("a finding's own title (%s)", (driver) => {
  let w: World;
  afterEach(() => w.close());

  const findingOf = async (ref: string) => {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    return {
      staff: record.findings.find((f) => f.ref === ref)!,
      finding: record.record.findings.find((f) => f.ref === ref)!,
    };
  };

  it('is kept when a cause of concern is added with one, and audited', async () => {
    w = await createWorld(driver);
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const after = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      kind: 'cause_of_concern',
      title: '  Crime data integrity ',
      text: '<p>The force does not record crime accurately.</p>',
      group,
    });
    expect(after.record.findings.at(-1)).toMatchObject({
      ref: 'C1',
      title: 'Crime data integrity',
    });
    const [event] = await listAudit(w.db, { entityType: 'finding', limit: 1 });
    expect(event).toMatchObject({
      action: 'finding.added',
      after: { ref: 'C1', title: 'Crime data integrity' },
    });
  });

  it('is set, kept by an edit that leaves it out, and cleared with null; each edit audited', async () => {
    w = await createWorld(driver);
    const editor = w.as('editor');
    let { staff } = await findingOf('AFI1');
    await editor.findings.updateContent({
      findingId: staff.id,
      rowVersion: staff.rowVersion,
      patch: { title: 'Vetting backlog' },
    });
    ({ staff } = await findingOf('AFI1'));
    await editor.findings.updateContent({
      findingId: staff.id,
      rowVersion: staff.rowVersion,
      patch: { deadlinePhrase: 'within six months' },
    });
    expect((await findingOf('AFI1')).finding.title).toBe('Vetting backlog');
    const [titled] = await listAudit(w.db, { entityId: staff.id, limit: 1 });
    expect(titled).toMatchObject({ before: { title: 'Vetting backlog' } });

    ({ staff } = await findingOf('AFI1'));
    await editor.findings.updateContent({
      findingId: staff.id,
      rowVersion: staff.rowVersion,
      patch: { title: null },
    });
    expect((await findingOf('AFI1')).finding.title).toBeNull();
    const [cleared] = await listAudit(w.db, { entityId: staff.id, limit: 1 });
    expect(cleared).toMatchObject({
      action: 'finding.content_updated',
      before: { title: 'Vetting backlog' },
      after: { title: null },
    });
  });

  it('refuses a blank or over-long title with the field named, and stores nothing', async () => {
    w = await createWorld(driver);
    const { staff } = await findingOf('AFI1');
    for (const title of ['   ', 'x'.repeat(301)]) {
      const edit = w.as('editor').findings.updateContent({
        findingId: staff.id,
        rowVersion: staff.rowVersion,
        patch: { title },
      });
      expect(await refusedFields(edit)).toEqual(['patch.title']);
    }
    const before = await w.as('editor').records.get({ recordId: w.recordId });
    const add = w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: before.rowVersion,
      kind: 'cause_of_concern',
      title: '',
      text: '<p>A cause.</p>',
      group,
    });
    expect(await refusedFields(add)).toEqual(['title']);
    expect((await findingOf('AFI1')).finding.title).toBeNull();
  });

  it('may be changed by an editor, not by a viewer', async () => {
    w = await createWorld(driver);
    const { staff } = await findingOf('AFI1');
    const edit = w.as('viewer').findings.updateContent({
      findingId: staff.id,
      rowVersion: staff.rowVersion,
      patch: { title: 'Not mine to give' },
    });
    expect(await appErrorCode(edit)).toBe('FORBIDDEN');
    expect((await findingOf('AFI1')).finding.title).toBeNull();
  });
});
