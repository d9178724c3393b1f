import { findOrganisation } from '@irr/db/repositories';
import { testDrivers } from '@irr/db/testing';
import type { OrganisationKind } from '@irr/domain';
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

  it('lets the operator add an organisation once, audited; its slug cannot be taken again', async () => {
    const created = await createOrganisation(w.operator, NEW_FORCE);
    expect(created).toMatchObject({ slug: 'borsetshire', name: 'Borsetshire Police' });
    expect(await w.actionsOn(created.id)).toEqual(['organisation.created']);
    await expect(
      createOrganisation(w.operator, { ...NEW_FORCE, name: 'Another', aliases: [] }),
    ).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: 'slug' });
  });

  // Regression (issue 13, defect 9): a force's admin could add "STAFFORDSHIRE POLICE" with other
  // forces' aliases, and which force an import landed in was then anyone's guess.
  it("refuses a force's admin, and anyone who is not the operator", async () => {
    const editor = await w.as((await w.person('ed.editor@example.org', 'editor')).id);
    for (const actor of [await w.as(w.admin.id), editor])
      await expect(
        createOrganisation(actor, { ...NEW_FORCE, slug: 'ambridge', name: 'Ambridge Police' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each<[string, string[], string, OrganisationKind]>([
    ['STAFFORDSHIRE POLICE', [], 'name', 'police_force'],
    ['The Staffordshire  Police.', [], 'name', 'police_force'],
    ['Staffordshire-Police', [], 'name', 'police_force'],
    ['Ｓｔａｆｆｏｒｄｓｈｉｒｅ Police', [], 'name', 'police_force'],
    ['West Midlands Police', [], 'name', 'fire_service'],
    ['West Mids Fire', ['West Midlands Police'], 'aliases.0', 'fire_service'],
    ['Staffs Fake', ['Staffs'], 'aliases.0', 'police_force'],
    ['Staffs Fake', ['Borsetshire Police', 'x'], 'aliases.0', 'police_force'],
    ['Staffs Fake', ['ok alias', 'west  midlands'], 'aliases.1', 'police_force'],
    ['Staffs Fake', ['West Midlands Police'], 'aliases.0', 'police_force'],
    ['Staffordshire\u200bPolice', [], 'name', 'police_force'],
    ['Staff\u00adordshire Police', [], 'name', 'police_force'],
  ])(
    'refuses the look-alike %j with aliases %j, naming the field',
    async (name, aliases, field, kind) => {
      const slug = `fake-${field.replace('.', '-')}-${name.length}`;
      await expect(
        createOrganisation(w.operator, { slug, name, kind, aliases }),
      ).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field });
      expect(await findOrganisation(w.db, { name, slug, kind })).not.toMatchObject({ slug });
    },
  );

  it('refuses a name in another script, where a look-alike letter would hide', async () => {
    await expect(
      createOrganisation(w.operator, {
        ...NEW_FORCE,
        slug: 'cyrillic',
        name: 'Staff\u043erdshire Police',
        aliases: [],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
    await expect(
      createOrganisation(w.operator, {
        slug: 'ynys-mon',
        name: 'Heddlu Ynys Môn',
        kind: 'police_force',
        aliases: ['Ynys Mo\u0302n'],
      }),
    ).resolves.toMatchObject({ slug: 'ynys-mon' });
  });

  it('refuses a name or alias with no letters', async () => {
    await expect(
      createOrganisation(w.operator, {
        ...NEW_FORCE,
        slug: 'dots',
        name: 'Dots',
        aliases: ['...'],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'aliases.0' });
  });

  it('finds each stored organisation from any spelling of its names, and only that one', async () => {
    const staffordshire = { slug: null, kind: 'police_force' as const };
    for (const name of ['staffs', 'STAFFORDSHIRE POLICE', 'the staffordshire police'])
      expect(await findOrganisation(w.db, { ...staffordshire, name })).toMatchObject({
        id: w.staffs.id,
      });
    const fire = await createOrganisation(w.operator, {
      slug: 'staffordshire-fire',
      name: 'Staffordshire Fire and Rescue Service',
      kind: 'fire_service',
      aliases: ['Staffordshire', 'Staffs'],
    });
    expect(await findOrganisation(w.db, { ...staffordshire, name: 'Staffs' })).toMatchObject({
      id: w.staffs.id,
    });
    expect(
      await findOrganisation(w.db, { slug: null, kind: 'fire_service', name: 'staffs' }),
    ).toMatchObject({ id: fire.id });
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
