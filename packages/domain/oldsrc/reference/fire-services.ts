import type { ReferenceOrganisation } from './organisation-types.js';

// Slugs end in "-fire" so they never collide with the force of the same area.
function service(
  area: string,
  name: string,
  aliases: readonly string[] = [],
): ReferenceOrganisation {
  return { slug: `${area}-fire`, name, kind: 'fire_service', aliases: [...aliases] };
}

/** The 44 fire and rescue services in England that HMICFRS inspects (since Hampshire and the Isle of Wight merged in 2021). */
export const FIRE_SERVICES: readonly ReferenceOrganisation[] = [
  service('avon', 'Avon Fire and Rescue Service', ['Avon']),
  service('bedfordshire', 'Bedfordshire Fire and Rescue Service', ['Bedfordshire']),
  service('royal-berkshire', 'Royal Berkshire Fire and Rescue Service', [
    'Royal Berkshire',
    'Berkshire',
  ]),
  service('buckinghamshire', 'Buckinghamshire Fire and Rescue Service', [
    'Buckinghamshire',
    'Buckinghamshire and Milton Keynes',
    'Bucks Fire',
  ]),
  service('cambridgeshire', 'Cambridgeshire Fire and Rescue Service', ['Cambridgeshire']),
  service('cheshire', 'Cheshire Fire and Rescue Service', ['Cheshire']),
  service('cleveland', 'Cleveland Fire Brigade', ['Cleveland']),
  service('cornwall', 'Cornwall Fire and Rescue Service', ['Cornwall']),
  service('county-durham-and-darlington', 'County Durham and Darlington Fire and Rescue Service', [
    'County Durham and Darlington',
    'Durham',
  ]),
  service('cumbria', 'Cumbria Fire and Rescue Service', ['Cumbria']),
  service('derbyshire', 'Derbyshire Fire and Rescue Service', ['Derbyshire']),
  service('devon-and-somerset', 'Devon and Somerset Fire and Rescue Service', [
    'Devon and Somerset',
  ]),
  service('dorset-and-wiltshire', 'Dorset and Wiltshire Fire and Rescue Service', [
    'Dorset and Wiltshire',
    'Dorset',
    'Wiltshire',
  ]),
  service('east-sussex', 'East Sussex Fire and Rescue Service', ['East Sussex']),
  service('essex', 'Essex County Fire and Rescue Service', ['Essex County', 'Essex']),
  service('gloucestershire', 'Gloucestershire Fire and Rescue Service', ['Gloucestershire']),
  service('greater-manchester', 'Greater Manchester Fire and Rescue Service', [
    'Greater Manchester',
  ]),
  service('hampshire-and-isle-of-wight', 'Hampshire and Isle of Wight Fire and Rescue Service', [
    'Hampshire and Isle of Wight',
    'Hampshire',
    'Isle of Wight',
  ]),
  service('hereford-and-worcester', 'Hereford and Worcester Fire and Rescue Service', [
    'Hereford and Worcester',
  ]),
  service('hertfordshire', 'Hertfordshire Fire and Rescue Service', ['Hertfordshire']),
  service('humberside', 'Humberside Fire and Rescue Service', ['Humberside']),
  service('isles-of-scilly', 'Isles of Scilly Fire and Rescue Service', ['Isles of Scilly']),
  service('kent', 'Kent Fire and Rescue Service', ['Kent']),
  service('lancashire', 'Lancashire Fire and Rescue Service', ['Lancashire']),
  service('leicestershire', 'Leicestershire Fire and Rescue Service', ['Leicestershire']),
  service('lincolnshire', 'Lincolnshire Fire and Rescue', ['Lincolnshire']),
  service('london', 'London Fire Brigade', ['London']),
  service('merseyside', 'Merseyside Fire and Rescue Service', ['Merseyside']),
  service('norfolk', 'Norfolk Fire and Rescue Service', ['Norfolk']),
  service('north-yorkshire', 'North Yorkshire Fire and Rescue Service', ['North Yorkshire']),
  service('northamptonshire', 'Northamptonshire Fire and Rescue Service', ['Northamptonshire']),
  service('northumberland', 'Northumberland Fire and Rescue Service', ['Northumberland']),
  service('nottinghamshire', 'Nottinghamshire Fire and Rescue Service', ['Nottinghamshire']),
  service('oxfordshire', 'Oxfordshire Fire and Rescue Service', ['Oxfordshire']),
  service('shropshire', 'Shropshire Fire and Rescue Service', ['Shropshire']),
  service('south-yorkshire', 'South Yorkshire Fire and Rescue', ['South Yorkshire']),
  service('staffordshire', 'Staffordshire Fire and Rescue Service', ['Staffordshire', 'Staffs']),
  service('suffolk', 'Suffolk Fire and Rescue Service', ['Suffolk']),
  service('surrey', 'Surrey Fire and Rescue Service', ['Surrey']),
  service('tyne-and-wear', 'Tyne and Wear Fire and Rescue Service', ['Tyne and Wear']),
  service('warwickshire', 'Warwickshire Fire and Rescue Service', ['Warwickshire']),
  service('west-midlands', 'West Midlands Fire Service', ['West Midlands']),
  service('west-sussex', 'West Sussex Fire and Rescue Service', ['West Sussex']),
  service('west-yorkshire', 'West Yorkshire Fire and Rescue Service', ['West Yorkshire']),
];
