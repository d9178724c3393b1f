import { foldForMatching } from '../../normalise.js';

/** What a column of a findings table holds, from its header ("Recommendation", "Progress", "RAG", "Lead"). */
export type ColumnRole =
  | 'finding'
  | 'reference'
  | 'kind'
  | 'update'
  | 'updateDate'
  | 'status'
  | 'owner'
  | 'target'
  | 'group'
  | 'other';

const ROLES: [ColumnRole, RegExp][] = [
  ['updateDate', /^(update date|date of update|date updated|last updated|updated|as at)$/],
  ['status', /\b(status|rag|rating)\b/],
  ['owner', /\b(owner|lead|responsible|accountable|officer)\b/],
  ['target', /\b(target|due|deadline|timescale|completion|date)\b/],
  ['update', /\b(update|progress|response|action|actions|comments?|position)\b/],
  ['finding', /\b(recommendations?|improvement|afis?|findings?|concerns?)\b/],
  ['kind', /^(type|kind|category)$/],
  ['group', /^(area|pillar|theme|section|question|inspection area)$/],
  ['reference', /^(no\.?|number|ref\.?|reference|#|item)$/],
];

export function columnRole(header: string): ColumnRole {
  const h = foldForMatching(header).replace(/[:.]$/, '');
  return ROLES.find(([, re]) => re.test(h))?.[0] ?? 'other';
}
