import type { FindingKind } from './finding.js';
import { FINDING_KIND_LABELS } from './labels.js';

/**
 * What the register calls a finding wherever it names one (its page, the response page, search, feeds, alerts
 * and their mails): its kind and the report's own number ("Recommendation 3"), else the register's reference
 * ("Area for improvement AFI1"), so a reader following a link from a mail or a feed finds the same words on
 * the page it opens.
 */
export function findingName(f: {
  kind: FindingKind;
  ref: string;
  reference?: string | null | undefined;
}): string {
  return `${FINDING_KIND_LABELS[f.kind]} ${f.reference ?? f.ref}`;
}
