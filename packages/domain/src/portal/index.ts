export { describeChanges } from './describe-changes.js';
export { gradeFor, overallGrade } from './grade-for.js';
export {
  Facet,
  FacetName,
  FACET_NAME_LABELS,
  FindingFilters,
  matchesMemoryFilters,
  onlyForceChosen,
  type FacetRow,
} from './finding-filters.js';
export { filterAndFacet, forceListFacets, type FacetCounts } from './finding-facets.js';
export { tallyFindings, type FindingTally } from './finding-tally.js';
export { publicResponsePath } from './permalinks.js';
export { responseSlugCandidates, shortResponseSlug } from './response-slug.js';
export { suggestSpelling, vocabularyOf, type Vocabulary } from './spelling.js';
