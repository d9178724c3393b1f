// The organisation a command names is resolved by the use case the import shares with the API.
export { ensureOrganisationBySlug, type OrganisationLookup } from '@irr/api/use-cases';
