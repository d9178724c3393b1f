import type { Organisation } from '../model/index.js';

/** A known force or fire and rescue service: an Organisation before it is stored and given an id. */
export type ReferenceOrganisation = Omit<Organisation, 'id'>;
