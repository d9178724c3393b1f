import type { ReferenceOrganisation } from './organisation-types.js';

function force(slug: string, name: string, aliases: readonly string[] = []): ReferenceOrganisation {
  return { slug, name, kind: 'police_force', aliases: [...aliases] };
}

/**
 * The 43 territorial police forces of England and Wales, whose local policing bodies owe s55
 * responses. Non-territorial forces (British Transport Police, Civil Nuclear Constabulary, Ministry of
 * Defence Police) are inspected too but answer to other bodies, so they are not listed.
 */
export const POLICE_FORCES: readonly ReferenceOrganisation[] = [
  force('avon-and-somerset', 'Avon and Somerset Constabulary', [
    'Avon and Somerset',
    'Avon & Somerset Police',
  ]),
  force('bedfordshire', 'Bedfordshire Police', ['Bedfordshire', 'Beds Police']),
  force('cambridgeshire', 'Cambridgeshire Constabulary', ['Cambridgeshire', 'Cambs Police']),
  force('cheshire', 'Cheshire Constabulary', ['Cheshire', 'Cheshire Police']),
  force('city-of-london', 'City of London Police', ['City of London']),
  force('cleveland', 'Cleveland Police', ['Cleveland']),
  force('cumbria', 'Cumbria Constabulary', ['Cumbria', 'Cumbria Police']),
  force('derbyshire', 'Derbyshire Constabulary', ['Derbyshire', 'Derbyshire Police']),
  force('devon-and-cornwall', 'Devon and Cornwall Police', [
    'Devon and Cornwall',
    'Devon & Cornwall Police',
  ]),
  force('dorset', 'Dorset Police', ['Dorset']),
  force('durham', 'Durham Constabulary', ['Durham', 'Durham Police']),
  force('dyfed-powys', 'Dyfed-Powys Police', ['Dyfed-Powys', 'Dyfed Powys', 'Heddlu Dyfed-Powys']),
  force('essex', 'Essex Police', ['Essex']),
  force('gloucestershire', 'Gloucestershire Constabulary', [
    'Gloucestershire',
    'Gloucestershire Police',
    'Glos Police',
  ]),
  force('greater-manchester', 'Greater Manchester Police', ['Greater Manchester', 'GMP']),
  force('gwent', 'Gwent Police', ['Gwent', 'Heddlu Gwent']),
  // Renamed from Hampshire Constabulary in 2022; older reports use the old name.
  force('hampshire-and-isle-of-wight', 'Hampshire and Isle of Wight Constabulary', [
    'Hampshire and Isle of Wight',
    'Hampshire Constabulary',
    'Hampshire',
    'Hants Police',
  ]),
  force('hertfordshire', 'Hertfordshire Constabulary', [
    'Hertfordshire',
    'Hertfordshire Police',
    'Herts Police',
  ]),
  force('humberside', 'Humberside Police', ['Humberside']),
  force('kent', 'Kent Police', ['Kent']),
  force('lancashire', 'Lancashire Constabulary', ['Lancashire', 'Lancashire Police']),
  force('leicestershire', 'Leicestershire Police', ['Leicestershire', 'Leics Police']),
  force('lincolnshire', 'Lincolnshire Police', ['Lincolnshire', 'Lincs Police']),
  force('merseyside', 'Merseyside Police', ['Merseyside']),
  force('metropolitan', 'Metropolitan Police Service', [
    'Metropolitan Police',
    'Metropolitan',
    'Met',
    'Met Police',
    'MPS',
  ]),
  force('norfolk', 'Norfolk Constabulary', ['Norfolk', 'Norfolk Police']),
  force('north-wales', 'North Wales Police', ['North Wales', 'Heddlu Gogledd Cymru']),
  force('north-yorkshire', 'North Yorkshire Police', ['North Yorkshire']),
  force('northamptonshire', 'Northamptonshire Police', ['Northamptonshire', 'Northants Police']),
  force('northumbria', 'Northumbria Police', ['Northumbria']),
  force('nottinghamshire', 'Nottinghamshire Police', ['Nottinghamshire', 'Notts Police']),
  force('south-wales', 'South Wales Police', ['South Wales', 'Heddlu De Cymru']),
  force('south-yorkshire', 'South Yorkshire Police', ['South Yorkshire']),
  force('staffordshire', 'Staffordshire Police', ['Staffordshire', 'Staffs', 'Staffs Police']),
  force('suffolk', 'Suffolk Constabulary', ['Suffolk', 'Suffolk Police']),
  force('surrey', 'Surrey Police', ['Surrey']),
  force('sussex', 'Sussex Police', ['Sussex']),
  force('thames-valley', 'Thames Valley Police', ['Thames Valley', 'TVP']),
  force('warwickshire', 'Warwickshire Police', ['Warwickshire']),
  force('west-mercia', 'West Mercia Police', ['West Mercia']),
  force('west-midlands', 'West Midlands Police', ['West Midlands', 'WMP']),
  force('west-yorkshire', 'West Yorkshire Police', ['West Yorkshire', 'WYP']),
  force('wiltshire', 'Wiltshire Police', ['Wiltshire']),
];
