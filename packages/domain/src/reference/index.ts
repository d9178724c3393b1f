export {
  GRADE_SCALE_VALUES,
  gradeBelongsToScale,
  gradeLabel,
  gradeValuesOf,
  parseGradeLabel,
} from './grades.js';
export type {
  Framework,
  FrameworkPillar,
  FrameworkQuestion,
  FrameworkService,
} from './framework-types.js';
export {
  FRAMEWORKS,
  detectFramework,
  frameworkQuestions,
  getFramework,
  getQuestion,
} from './frameworks.js';
export { findQuestion, matchGroupHeading, type GroupHeadingMatch } from './headings.js';
export type { ReferenceOrganisation } from './organisation-types.js';
export { FIRE_SERVICES } from './fire-services.js';
export { POLICE_FORCES } from './police-forces.js';
export { REFERENCE_ORGANISATIONS, findOrganisation } from './organisations.js';
export {
  ORGANISATION_SLUG_BY_NAME,
  SEARCH_ABBREVIATIONS,
  matchesSearch,
  organisationNamedIn,
  organisationNames,
  searchableText,
  withNamedForce,
} from './search-names.js';
