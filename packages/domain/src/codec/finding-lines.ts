import { FINDING_STATUS_LABELS } from '../model/labels.js';
import type { AcceptancePosition, FindingKind, FindingStatus } from '../model/index.js';
import { matchGroupHeading } from '../reference/index.js';
import { matchCommentsHeading, matchHeaderLine } from './labels.js';
import { matchUpdateLabel } from './update-labels.js';
import { foldForMatching } from './normalise.js';

/** Lines inside a findings section that carry structure rather than prose. */

export function matchFindingPrefix(
  text: string,
): { kind: FindingKind; reference: string | null; length: number } | null {
  const m =
    /^(cause of concern|recommendation|area for improvement|afi)(?:\s+([A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?))?\s*(?::|\.|\s[-–]\s)\s*/i.exec(
      text,
    ) ??
    /^(cause of concern)(?:\s+([A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?))?\s*$/i.exec(text) ??
    // "Recommendation 3" alone on its line, its text on the next (letter-style responses).
    /^(recommendation|area for improvement|afi)\s+([A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*$/i.exec(
      text,
    );
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const kind: FindingKind =
    word === 'cause of concern'
      ? 'cause_of_concern'
      : word === 'recommendation'
        ? 'recommendation'
        : 'area_for_improvement';
  return { kind, reference: m[2] ?? null, length: m[0].length };
}

const POSITIONS: Record<string, AcceptancePosition> = {
  accepted: 'accepted',
  'partially accepted': 'partially_accepted',
  'partly accepted': 'partially_accepted',
  'accepted in part': 'partially_accepted',
  'not accepted': 'not_accepted',
  rejected: 'not_accepted',
};

export function matchAcceptance(
  text: string,
): { position: AcceptancePosition; length: number } | null {
  const m =
    /^acceptance\s*:\s*(accepted|partially accepted|partly accepted|accepted in part|not accepted|rejected)\b\s*(?:[.:;]|\s[-–]\s)?\s*/i.exec(
      text,
    );
  if (!m) return null;
  const position = POSITIONS[m[1]!.toLowerCase()];
  return position ? { position, length: m[0].length } : null;
}

export function matchExplanationLabel(text: string): number | null {
  const m = /^(?:explanation|response|action(?: taken| to be taken)?)\s*:\s*/i.exec(text);
  return m ? m[0].length : null;
}

export const STATUS_LABELS = FINDING_STATUS_LABELS;

export function matchStatusLine(
  text: string,
): { status: FindingStatus | null; raw: string } | null {
  const m = /^status\s*:\s*(.+?)\.?$/i.exec(text);
  if (!m) return null;
  const raw = m[1]!;
  const folded = foldForMatching(raw).replace(/[-_]/g, ' ');
  const found = (Object.entries(STATUS_LABELS) as [FindingStatus, string][]).find(
    ([, label]) => label.toLowerCase() === folded,
  );
  return { status: found ? found[0] : null, raw };
}

export function matchSupersedes(text: string): string | null {
  const m = /^supersedes\s*:\s*(.+)$/i.exec(text);
  return m ? m[1]!.trim() : null;
}

export type ExplicitGroup = { pillar?: string; area?: string; reset?: boolean };

/** `Pillar: X`, `Area: Y`, `Group: none` — explicit forms the renderer uses for headings it cannot show plainly. */
export function matchExplicitGroup(text: string): ExplicitGroup | null {
  const m = /^(pillar|area|group)\s*:\s*(.+)$/i.exec(text);
  if (!m) return null;
  const which = m[1]!.toLowerCase();
  const value = m[2]!.trim();
  if (which === 'group') return /^none$/i.test(value) ? { reset: true } : null;
  return which === 'pillar' ? { pillar: value } : { area: value };
}

export function isNoneLine(text: string): boolean {
  return /^(none|n\/a|nil|no (recommendations|areas for improvement|causes of concern)( (were )?(made|identified))?)\.?$/i.test(
    text.trim(),
  );
}

/** "Recommendations" or "Areas for improvement" alone inside a section: what follows is of that kind. */
export function matchKindHeading(text: string): FindingKind | null {
  // Bilingual: "Argymhellion / Recommendations".
  const english = text.split(' / ').at(-1)!;
  const m = /^(recommendations?|areas? for improvement|afis?)(?:\s*\(\d{1,3}\))?:?$/i.exec(
    english.trim(),
  );
  if (!m) return null;
  return /^rec/i.test(m[1]!) ? 'recommendation' : 'area_for_improvement';
}

/** `Title: …`, the explicit form of a finding's own heading when it cannot stand after its prefix. */
export function matchTitleLabel(text: string): string | null {
  const m = /^title\s*:\s*(.+)$/i.exec(text.trim());
  return m ? m[1]!.trim() : null;
}

/** A line after a finding's prefix that can be its title: heading-shaped, without markup. */
export function titleOf(inlineHtml: string, text: string): string | null {
  return !inlineHtml.includes('<') && !text.includes('<') && looksLikeHeading(text) ? text : null;
}

/**
 * A sentence that says what someone should do ("The force should …", "Within three months, chief
 * constables should …"): the shape of a recommendation or an area for improvement.
 */
export function readsAsFinding(text: string): boolean {
  const m =
    /^(?:(?:within|by|no later than|not later than|immediately|in the next)\b[^,]{0,40},\s*)?((?:[\w'’-]+\s+){1,6}?)(?:should|must|needs? to|is required to|ought to)\b/i.exec(
      text.trim(),
    );
  return (
    m !== null &&
    /\b(force|forces|service|services|constabulary|constables?|police|college|npcc|office|commissioners?|pccs?|authority|authorities|organisations?|officers?)\b/i.test(
      m[1]!,
    )
  );
}

export function isCauseContextReset(text: string): boolean {
  return /^(other|further|additional) recommendations:?$/i.test(text.trim());
}

/** A short line without closing punctuation, the shape of a heading a reference list does not know. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 90) return false;
  if (/[.!?:;,"'’”)\]]$/.test(t)) return false;
  if (!/^[A-Z0-9]/.test(t)) return false;
  return t.split(/\s+/).length <= 10;
}

export function isAllCapsHeading(text: string): boolean {
  const t = text.trim();
  return /^[A-Z][A-Z &,'/-]{2,60}$/.test(t) && t.split(/\s+/).length <= 6;
}

/**
 * True when a paragraph of prose, written plainly, would be read back as structure. The renderer
 * escapes such paragraphs with a leading backslash.
 */
export function proseNeedsEscape(text: string, frameworkId: string | null): boolean {
  const t = text.trim();
  return (
    t.startsWith('\\') ||
    /^\d{1,2}(\.\d{1,2})+\.?(\s|$)/.test(t) ||
    /^([-•◦▪‣*·∙]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\s/.test(
      t,
    ) ||
    matchUpdateLabel(t) !== null ||
    matchFindingPrefix(t) !== null ||
    matchAcceptance(t) !== null ||
    matchExplanationLabel(t) !== null ||
    matchStatusLine(t) !== null ||
    matchSupersedes(t) !== null ||
    matchTitleLabel(t) !== null ||
    matchKindHeading(t) !== null ||
    matchExplicitGroup(t) !== null ||
    matchCommentsHeading(t) !== null ||
    matchHeaderLine(t) !== null ||
    isNoneLine(t) ||
    isCauseContextReset(t) ||
    looksLikeHeading(t) ||
    isAllCapsHeading(t) ||
    /^version\b/i.test(t) ||
    matchGroupHeading(t, frameworkId) !== null
  );
}
