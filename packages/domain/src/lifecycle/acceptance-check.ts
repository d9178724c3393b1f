import type { Finding } from '../model/index.js';
import { isBlankRichText } from '../rich-text/index.js';
import type { LifecycleError } from './errors.js';

/** What approval needs to know of each finding. */
export type PublicationFinding = Pick<Finding, 'ref' | 'kind' | 'acceptance'>;

/** How many refs a message names before "and N more"; the error's `refs` has them all. */
const REFS_IN_MESSAGE = 10;

/** What a recommendation still lacks: its acceptance, or (accepted or not) the explanation. */
export interface AcceptanceGap {
  ref: string;
  lacks: 'acceptance' | 'explanation';
}

/**
 * s55 requires an acceptance and an explanation for each recommendation; other findings need
 * none. In the record's order.
 */
export function acceptanceGaps(findings: readonly PublicationFinding[]): AcceptanceGap[] {
  return findings.flatMap((f): AcceptanceGap[] => {
    if (f.kind !== 'recommendation') return [];
    if (f.acceptance === null) return [{ ref: f.ref, lacks: 'acceptance' }];
    return isBlankRichText(f.acceptance.explanation) ? [{ ref: f.ref, lacks: 'explanation' }] : [];
  });
}

/**
 * The s55 check at approval. Null or undefined findings are refused rather than passed: a caller
 * that forgot them must not approve unchecked.
 */
export function acceptanceFailure(
  findings: readonly PublicationFinding[] | null | undefined,
): LifecycleError | null {
  if (findings === undefined || findings === null) {
    return {
      code: 'ACCEPTANCE_MISSING',
      message: "The record's findings are needed to check every recommendation has an acceptance",
      field: 'findings',
      refs: [],
    };
  }
  const refs = acceptanceGaps(findings).map((g) => g.ref);
  if (refs.length === 0) return null;
  const named = refs.slice(0, REFS_IN_MESSAGE).join(', ');
  const more = refs.length > REFS_IN_MESSAGE ? ` and ${refs.length - REFS_IN_MESSAGE} more` : '';
  const [noun, verb] =
    refs.length === 1 ? ['Recommendation', 'needs'] : ['Recommendations', 'need'];
  return {
    code: 'ACCEPTANCE_MISSING',
    message: `${noun} ${named}${more} ${verb} an acceptance and explanation before approval`,
    field: 'findings',
    refs,
  };
}
