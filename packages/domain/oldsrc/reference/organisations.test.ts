import { describe, expect, it } from 'vitest';
import { Organisation } from '../model/index.js';
import { FIRE_SERVICES } from './fire-services.js';
import { REFERENCE_ORGANISATIONS, findOrganisation } from './organisations.js';
import { POLICE_FORCES } from './police-forces.js';

describe('the organisations reference list', () => {
  it('holds the 43 territorial police forces of England and Wales and the 44 fire and rescue services in England', () => {
    expect(POLICE_FORCES).toHaveLength(43);
    expect(FIRE_SERVICES).toHaveLength(44);
    expect(POLICE_FORCES.every((o) => o.kind === 'police_force')).toBe(true);
    expect(FIRE_SERVICES.every((o) => o.kind === 'fire_service')).toBe(true);
  });

  it('gives every entry a unique permalink slug and a valid shape', () => {
    const slugs = REFERENCE_ORGANISATIONS.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const o of REFERENCE_ORGANISATIONS)
      expect(Organisation.omit({ id: true }).parse(o)).toEqual(o);
  });

  it('finds every entry by its name and each alias, so no alias is shared within a kind', () => {
    for (const o of REFERENCE_ORGANISATIONS) {
      for (const name of [o.name, ...o.aliases])
        expect(findOrganisation(name, o.kind)?.slug, name).toBe(o.slug);
    }
  });
});

describe('findOrganisation', () => {
  it.each([
    'Staffordshire',
    'Staffordshire Police',
    'STAFFORDSHIRE POLICE',
    'Staffs',
    'Staffs Police',
    'Staffordshire Constabulary',
    'Staffordshire Police Service',
    'the  Staffordshire\u00a0police',
  ])('finds Staffordshire Police from %j', (name) => {
    expect(findOrganisation(name)).toMatchObject({
      slug: 'staffordshire',
      name: 'Staffordshire Police',
      kind: 'police_force',
    });
  });

  it('finds the Met, and the City of London Police apart from it', () => {
    for (const name of ['Met', 'The Met', 'Metropolitan Police Service', 'Metropolitan Police']) {
      expect(findOrganisation(name)?.slug).toBe('metropolitan');
    }
    expect(findOrganisation('City of London Police')?.slug).toBe('city-of-london');
  });

  it('finds the four Welsh forces, in English or Welsh', () => {
    expect(findOrganisation('Dyfed Powys Police')?.slug).toBe('dyfed-powys');
    expect(findOrganisation('Heddlu Gwent')?.slug).toBe('gwent');
    expect(findOrganisation('North Wales')?.slug).toBe('north-wales');
    expect(findOrganisation('South Wales Police')?.slug).toBe('south-wales');
  });

  it("treats '&' as 'and', and knows former names", () => {
    expect(findOrganisation('Avon & Somerset Constabulary')?.slug).toBe('avon-and-somerset');
    expect(findOrganisation('Hampshire Constabulary')?.slug).toBe('hampshire-and-isle-of-wight');
  });

  it('tells the fire and rescue service from the force of the same area', () => {
    expect(findOrganisation('Staffordshire Fire and Rescue Service')?.slug).toBe(
      'staffordshire-fire',
    );
    expect(findOrganisation('Staffordshire Fire & Rescue')?.slug).toBe('staffordshire-fire');
    expect(findOrganisation('Staffordshire', 'fire_service')?.slug).toBe('staffordshire-fire');
    expect(findOrganisation('Staffordshire Fire and Rescue Service', 'police_force')).toBeNull();
    expect(findOrganisation('London Fire Brigade')?.kind).toBe('fire_service');
  });

  it.each(['Police Scotland', 'Gotham City Police', 'Police', '', '   '])(
    'finds nothing for %j',
    (name) => {
      expect(findOrganisation(name)).toBeNull();
    },
  );
});
