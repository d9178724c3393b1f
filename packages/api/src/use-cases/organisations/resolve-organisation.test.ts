import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeopleWorld, type PeopleWorld } from '../../test-support/people.js';
import { ensureOrganisationBySlug } from './resolve-organisation.js';

describe.each(testDrivers())('ensureOrganisationBySlug on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  it('adds a known force from the reference list once, then finds it', async () => {
    const first = await ensureOrganisationBySlug(w.operator, 'west-yorkshire');
    expect(first).toMatchObject({
      created: true,
      organisation: { slug: 'west-yorkshire', name: 'West Yorkshire Police', kind: 'police_force' },
    });
    const again = await ensureOrganisationBySlug(w.operator, 'west-yorkshire');
    expect(again).toEqual({ organisation: first.organisation, created: false });
    expect(await w.actionsOn(first.organisation.id)).toEqual(['organisation.created']);
  });

  it('refuses a slug that is neither stored nor known, suggesting near ones', async () => {
    await expect(ensureOrganisationBySlug(w.operator, 'yorkshire')).rejects.toMatchObject({
      code: 'UNKNOWN_ORGANISATION',
      message: expect.stringMatching(
        /^No organisation has the slug "yorkshire".*Did you mean/,
      ) as string,
    });
  });

  it('lets only the operator add one, though anyone finds a stored one', async () => {
    const viewer = await w.as((await w.person('val.viewer@example.org', 'viewer')).id);
    await expect(ensureOrganisationBySlug(viewer, 'staffordshire')).resolves.toMatchObject({
      created: false,
    });
    // Not an admin either (issue 13, defect 9): organisations are the operator's.
    for (const actor of [viewer, await w.as(w.admin.id)])
      await expect(ensureOrganisationBySlug(actor, 'cumbria')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
  });
});
