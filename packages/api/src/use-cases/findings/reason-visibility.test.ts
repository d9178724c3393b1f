import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { publishRecord, responseSlugOf } from '../../test-support/record-states.js';
import { createWorld, type World } from '../../test-support/world.js';

/**
 * Whether a status or target-date reason is public is the user's choice, internal unless they chose public:
 * the public history keeps its dates and statuses, and shows a reason only when it was made public.
 */
describe.each(testDrivers())('who may read a reason (%s)', (driver) => {
  let w: World;
  afterEach(() => w.close());

  async function published() {
    w = await createWorld(driver);
    await publishRecord(w);
    const responseSlug = await responseSlugOf(w);
    const page = (ref: string) =>
      w
        .as('anonymous')
        .public.findingPage({ organisationSlug: 'staffordshire', responseSlug, ref });
    return { page };
  }
  async function finding(ref: string) {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    return record.findings.find((f) => f.ref === ref)!;
  }

  it('keeps a status reason internal unless the user chose public', async () => {
    const { page } = await published();
    for (const [ref, choice] of [
      ['AFI1', {}],
      ['AFI2', { visibility: 'public' as const }],
    ] as const) {
      const f = await finding(ref);
      await w.as('approver').findings.transition({
        findingId: f.id,
        rowVersion: f.rowVersion,
        to: 'no_longer_applicable',
        reason: `The unit of ${ref} was disbanded`,
        ...choice,
      });
    }
    const [afi1, afi2] = [await finding('AFI1'), await finding('AFI2')];
    const staff = await w.as('viewer').findings.history({ findingId: afi1.id });
    expect(staff.statusChanges.at(-1)).toMatchObject({
      reason: 'The unit of AFI1 was disbanded',
      reasonVisibility: 'internal',
    });
    const anonymous = w.as('anonymous').public;
    // The move's date and statuses are public; its reason is not.
    expect((await anonymous.finding({ findingId: afi1.id })).statusChanges.at(-1)).toMatchObject({
      to: 'no_longer_applicable',
      on: '2026-11-28',
      reason: null,
    });
    expect((await anonymous.finding({ findingId: afi2.id })).statusChanges.at(-1)?.reason).toBe(
      'The unit of AFI2 was disbanded',
    );
    const statusOf = async (ref: string) =>
      (await page(ref)).timeline.filter((e) => e.type === 'status').at(-1);
    expect(await statusOf('AFI1')).toMatchObject({ to: 'no_longer_applicable', reason: null });
    expect(await statusOf('AFI2')).toMatchObject({
      to: 'no_longer_applicable',
      reason: 'The unit of AFI2 was disbanded',
    });
  });

  it('keeps what the bulk status form sent (a reason and a final update) off the portal', async () => {
    const { page } = await published();
    const f = await finding('AFI1');
    await w.as('approver').findings.transition({
      findingId: f.id,
      rowVersion: f.rowVersion,
      to: 'no_longer_applicable',
      reason: 'Bulk: merged into the custody plan',
      finalUpdate: '<p>Bulk: merged into the custody plan</p>',
    });
    const staff = await finding('AFI1');
    expect(staff.updates.at(-1)).toMatchObject({ visibility: 'internal' });
    const shown = JSON.stringify([
      await w.as('anonymous').public.finding({ findingId: f.id }),
      await page('AFI1'),
    ]);
    expect(shown).not.toContain('Bulk: merged');
  });

  it('shows a target-date revision publicly with its reason only when chosen', async () => {
    const { page } = await published();
    const revise = async (to: string, extra: object) => {
      const f = await finding('AFI1');
      const as = f.targetDate ? 'approver' : 'editor';
      await w.as(as).findings.setTargetDate({
        findingId: f.id,
        rowVersion: f.rowVersion,
        to,
        ...extra,
      });
    };
    await revise('2027-01-31', {});
    await revise('2027-03-31', { reason: 'Supplier delay (internal)' });
    await revise('2027-06-30', { reason: 'The new system is late', visibility: 'public' });
    expect((await page('AFI1')).revisions).toEqual([
      { from: '2027-01-31', to: '2027-03-31', on: '2026-11-28', reason: null },
      { from: '2027-03-31', to: '2027-06-30', on: '2026-11-28', reason: 'The new system is late' },
    ]);
  });
});
