import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeopleWorld, type PeopleWorld } from '../../test-support/people.js';
import { createOrganisation } from './create-organisation.js';
import { listMyOrganisations } from './list-my-organisations.js';

const NEW_FORCE = {
  slug: 'borsetshire',
  name: 'Borsetshire Police',
  kind: 'police_force' as const,
  aliases: ['Borsetshire'],
};

describe.each(testDrivers())('createOrganisation and listMyOrganisations on %s', (driver) => {
  let w: PeopleWorld;
  beforeAll(async () => {
    w = await createPeopleWorld(driver);
  });
  afterAll(() => w.close());

  it('lets an admin add an organisation once, audited; its slug cannot be taken again', async () => {
    const admin = await w.as(w.admin.id);
    const created = await createOrganisation(admin, NEW_FORCE);
    expect(created).toMatchObject({ slug: 'borsetshire', name: 'Borsetshire Police' });
    expect(await w.actionsOn(created.id)).toEqual(['organisation.created']);
    await expect(
      createOrganisation(admin, { ...NEW_FORCE, name: 'Another' }),
    ).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: 'slug' });
  });

  it('refuses someone who is an admin nowhere', async () => {
    const editor = await w.as((await w.person('ed.editor@example.org', 'editor')).id);
    await expect(
      createOrganisation(editor, { ...NEW_FORCE, slug: 'ambridge' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists only the organisations a person belongs to', async () => {
    const member = await w.person('wyn.west@example.org', 'viewer', w.westMids.id);
    const mine = await listMyOrganisations(await w.as(member.id));
    expect(mine).toEqual([
      {
        id: w.westMids.id,
        slug: 'west-midlands',
        name: 'West Midlands Police',
        kind: 'police_force',
      },
    ]);
  });
});
