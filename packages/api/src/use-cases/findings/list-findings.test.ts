import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { appErrorCode } from '../../test-support/app-error-code.js';
import { createWorld, type World } from '../../test-support/world.js';

/** The transport code a call was refused with (BAD_REQUEST for input its schema refuses), or 'ok'. */
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

// Issue 16, item 3: the findings list across the organisation, and saved filters.
describe.each(testDrivers())('the findings list and saved filters (%s)', (driver) => {
  let w: World;
  let refs: string[];
  beforeAll(async () => {
    w = await createWorld(driver);
    const ids = await w.findingIds();
    refs = Object.keys(ids);
    const [first, second, third] = refs;
    const set = (ref: string, values: Partial<typeof schema.findings.$inferInsert>) =>
      w.db.update(schema.findings).set(values).where(eq(schema.findings.id, ids[ref]!));
    await set(first!, {
      ownerUserId: w.users.editor.id,
      ownerTeam: 'PVP',
      targetDate: '2026-11-01',
    });
    await set(second!, {
      ownerUserId: w.users.approver.id,
      targetDate: '2027-01-01',
      status: 'completed',
    });
    await set(third!, { ownerTeam: 'pvp', status: 'closed', targetDate: '2026-10-01' });
  });
  afterAll(() => w.close());

  const list = (query: Parameters<ReturnType<World['as']>['findings']['list']>[0]) =>
    w.as('viewer').findings.list(query);

  it('lists every finding of the records the person may read, and filters in combination', async () => {
    const all = await list({});
    expect(all.total).toBe(refs.length);
    expect(all.items[0]).toMatchObject({
      targetDate: '2026-10-01',
      organisationName: 'Staffordshire Police',
    });
    expect(
      (await list({ status: ['closed', 'completed'] })).items.map((f) => f.ref).sort(),
    ).toEqual([refs[1], refs[2]].sort());
    expect((await list({ owner: w.users.editor.id })).items.map((f) => f.ref)).toEqual([refs[0]]);
    expect((await list({ owner: 'nobody' })).total).toBe(refs.length - 2);
    expect((await list({ team: 'PVP' })).total).toBe(2);
    expect((await list({ due: 'none' })).total).toBe(refs.length - 3);
    // Overdue keeps open findings only: the closed one is past its date too.
    const overdue = await list({ due: 'overdue' });
    expect(overdue.items.map((f) => [f.ref, f.daysOverdue])).toEqual([[refs[0], 27]]);
    const record = await w.as('viewer').records.get({ recordId: w.recordId });
    const afis = all.items.filter((f) => f.kind === 'area_for_improvement').map((f) => f.ref);
    const ofReport = await list({ reportId: record.report.id, kind: ['area_for_improvement'] });
    expect(ofReport.items.map((f) => f.ref)).toEqual(afis);
    expect((await list({ reportId: w.staffs.id })).total).toBe(0);
    // Completed is still open: due within 60 days of 28 November 2026.
    const within = await list({ organisationId: w.staffs.id, due: 'within', days: 60 });
    expect(within.items.map((f) => f.ref)).toEqual([refs[1]]);
    expect((await list({ due: 'within', days: 30 })).total).toBe(0);
  });

  it('sorts and pages in the database, each order stable', async () => {
    const byRef = await list({ sort: 'ref' });
    const natural = [...byRef.items].map((f) => f.ref);
    const letters = (r: string) => r.replace(/[0-9]+/g, '');
    const number = (r: string) => Number(/[0-9]+/.exec(r)?.[0] ?? -1);
    expect(natural).toEqual(
      [...natural].sort((a, b) => letters(a).localeCompare(letters(b)) || number(a) - number(b)),
    );
    expect((await list({ sort: 'ref', dir: 'desc' })).items.map((f) => f.ref)).toEqual(
      [...natural].reverse(),
    );
    const byStatus = (await list({ sort: 'status' })).items.map((f) => f.status);
    expect(byStatus.indexOf('completed')).toBeLessThan(byStatus.indexOf('closed'));
    const pageTwo = await list({ page: 2 });
    expect(pageTwo).toMatchObject({ page: 2, pageSize: 50, total: refs.length, items: [] });
  });

  it('refuses values it does not know with the field at fault, and another organisation', async () => {
    const bad = (query: unknown) => codeOf(list(query as never));
    expect(await bad({ status: ['lost'] })).toBe('BAD_REQUEST');
    expect(await bad({ owner: 'someone' })).toBe('BAD_REQUEST');
    expect(await bad({ sort: 'colour' })).toBe('BAD_REQUEST');
    expect(await bad({ page: 0 })).toBe('BAD_REQUEST');
    expect(await bad({ extra: 1 })).toBe('BAD_REQUEST');
    expect(
      await appErrorCode(w.as('viewer').findings.list({ organisationId: w.westMids.id })),
    ).toBe('FORBIDDEN');
  });

  it("never shows another organisation's findings", async () => {
    const outsider = await w.as('outsider').findings.list({});
    expect(outsider).toMatchObject({ total: 0, items: [] });
    expect(
      await appErrorCode(w.as('outsider').findings.list({ organisationId: w.staffs.id })),
    ).toBe('FORBIDDEN');
    expect((await w.as('outsider').dashboard.summary({})).queues.myFindings.overdue).toBe(0);
  });

  it("saves, lists and deletes a person's own filters: a name required and theirs once", async () => {
    const editor = w.as('editor').savedFilters;
    const saved = await editor.save({
      name: ' My overdue ',
      query: { owner: 'me', due: 'overdue', sort: 'ref' },
    });
    expect(saved).toMatchObject({ name: 'My overdue', query: { owner: 'me', due: 'overdue' } });
    const taken = await editor.save({ name: 'my OVERDUE', query: {} }).catch((e: unknown) => e);
    expect(taken).toMatchObject({ code: 'CONFLICT' });
    expect((taken as Error).message).toContain('named "my OVERDUE"');
    expect((taken as { cause?: { field?: string } }).cause?.field).toBe('name');
    expect(await codeOf(editor.save({ name: '  ', query: {} }))).toBe('BAD_REQUEST');
    // The stored query is the findings list's, checked alike (and never a page).
    expect(await codeOf(editor.save({ name: 'x', query: { due: 'soon' } as never }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(editor.save({ name: 'x', query: { page: 2 } as never }))).toBe(
      'BAD_REQUEST',
    );
    // Another person's list holds none of them, and their id is not found to anyone else.
    await w.as('approver').savedFilters.save({ name: 'My overdue', query: { due: 'overdue' } });
    expect((await editor.list()).map((f) => f.name)).toEqual(['My overdue']);
    expect(await appErrorCode(w.as('approver').savedFilters.delete({ id: saved.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await appErrorCode(w.as('outsider').savedFilters.delete({ id: saved.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await editor.delete({ id: saved.id })).toEqual({ id: saved.id });
    expect(await editor.list()).toEqual([]);
    expect(await appErrorCode(editor.delete({ id: saved.id }))).toBe('NOT_FOUND');
    expect((await w.as('approver').savedFilters.list()).map((f) => f.name)).toEqual(['My overdue']);
  });
});
