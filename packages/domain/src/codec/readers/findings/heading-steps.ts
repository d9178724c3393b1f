import type { Finding } from '../../../model/index.js';
import { matchGroupHeading } from '../../../reference/index.js';
import {
  isAllCapsHeading,
  isCauseContextReset,
  isNoneLine,
  looksLikeHeading,
  matchExplicitGroup,
  matchFindingPrefix,
  matchKindHeading,
} from '../../finding-lines.js';
import type { Block } from '../../source/source-block.js';
import { closeFinding, endGroup, NO_GROUP, type FindingsState } from './findings-state.js';

/** Steps for lines that group findings or end the section. Each returns true when it read the block. */

/** "None" before any finding of its section: the section is empty. */
export function readNone(s: FindingsState, b: Block): boolean {
  return isNoneLine(b.text) && s.findings.length === s.sectionStart && !s.current;
}

/** `Pillar: X`, `Area: Y`, `Group: none`, as the renderer writes headings it cannot show plainly. */
export function readExplicitGroup(s: FindingsState, b: Block): boolean {
  const explicit = matchExplicitGroup(b.text);
  if (!explicit) return false;
  endGroup(s);
  if (explicit.reset) s.group = NO_GROUP;
  if (explicit.pillar) s.group = { pillar: explicit.pillar, area: null, questionId: null };
  if (explicit.area) s.group = { ...s.group, ...areaOf(explicit.area, s.options.frameworkId) };
  return true;
}

/** "Other recommendations": what follows no longer belongs to the last cause of concern. */
export function readCauseReset(s: FindingsState, b: Block): boolean {
  if (!isCauseContextReset(b.text)) return false;
  endGroup(s);
  return true;
}

/** A finding's prefix alone on its line ("Cause of concern 2"): the next line is its text, not a heading. */
function awaitsText(s: FindingsState): boolean {
  return s.current !== null && s.mode === 'text' && s.current.paras.length === 0;
}

/**
 * "Recommendations" or "Areas for improvement" inside a section: a sub-heading, so what follows is of that
 * kind. Recommendations under it still belong to the last cause of concern.
 */
export function readKindHeading(s: FindingsState, b: Block): boolean {
  const kind = matchKindHeading(b.text);
  if (!kind || awaitsText(s)) return false;
  closeFinding(s);
  // Under a cause of concern, until the next heading; otherwise it acts as a section of its own.
  if (kind !== 'recommendation' || !s.cause) {
    s.cause = null;
    s.section = { ...s.section, kind };
  }
  s.kind = kind;
  return true;
}

/** A pillar or area the reference frameworks know. */
export function readKnownHeading(s: FindingsState, b: Block): boolean {
  if (awaitsText(s)) return false;
  const heading = knownHeading(b.text, s.options.frameworkId);
  if (!heading || !(heading.pillar || heading.area)) return false;
  endGroup(s);
  applyHeading(s, b, b.text);
  return true;
}

/** A short line in a heading's shape, followed by a finding, outside a finding's text: a heading nobody knows. */
export function readUnknownHeading(s: FindingsState, b: Block, next: Block | undefined): boolean {
  const t = b.text;
  // Last in its section, a heading would head nothing and its words would be lost: it stays prose.
  const headsFindings =
    next !== undefined && (Boolean(next.bullet) || matchFindingPrefix(next.text) !== null);
  if (!headsFindings || !(isAllCapsHeading(t) || looksLikeHeading(t)) || s.mode === 'text')
    return false;
  endGroup(s);
  applyHeading(s, b, t);
  return true;
}

/**
 * A heading the frameworks know; in a bilingual one ("Ymchwilio i droseddau / Investigating crime"), either
 * half; a count after it ("Investigating crime AFIs (2)") is the document's, not the area's name.
 */
export function knownHeading(text: string, frameworkId: string | null) {
  const whole = matchGroupHeading(text, frameworkId);
  if (whole?.pillar || whole?.area) return whole;
  const counted =
    /^(.+?)\s+(?:(?:AFIs?|areas? for improvement|recommendations?)\s*)?\(\d{1,3}\)$/i.exec(text);
  const uncounted = counted ? matchGroupHeading(counted[1]!, frameworkId) : null;
  if (uncounted?.pillar || uncounted?.area) return uncounted;
  const halves = text.split(' / ');
  if (halves.length !== 2) return whole;
  return (
    halves.map((h) => matchGroupHeading(h, frameworkId)).find((h) => h?.pillar || h?.area) ?? whole
  );
}

/** Group the findings that follow under a heading: a known pillar or area, else one nobody knows (said so). */
export function applyHeading(s: FindingsState, b: Block, text: string) {
  const heading = knownHeading(text, s.options.frameworkId);
  if (heading?.pillar || heading?.area) {
    if (heading.pillar) s.group = { pillar: heading.pillar, area: null, questionId: null };
    if (heading.area) s.group = { ...s.group, area: heading.area, questionId: heading.questionId };
    return;
  }
  if (isAllCapsHeading(text)) s.group = { pillar: text, area: null, questionId: null };
  else s.group = { ...s.group, area: text, questionId: null };
  s.diagnostics.add(
    'info',
    b.line,
    s.section.field,
    'UNRECOGNISED_HEADING',
    `"${text}" was read as a heading but matches no known pillar or area`,
  );
}

/** In a record without a commissioner's heading: prose after a finding's update that starts the comments. */
export function startsComments(s: FindingsState, b: Block): boolean {
  const c = s.current;
  const hasBody = c !== null && (c.updates.length > 0 || c.acceptance !== null);
  const startsComments =
    s.commentsMayStart && !s.structureFollows ? s.options.startsComments : undefined;
  // A table is never where the comments start: its rows are findings (or the table is text).
  return Boolean(startsComments && hasBody && b.kind !== 'table' && startsComments(b.text));
}

function areaOf(
  area: string,
  frameworkId: string | null,
): Pick<Finding['group'], 'area' | 'questionId'> {
  const heading = matchGroupHeading(area, frameworkId);
  return { area, questionId: heading?.area ? heading.questionId : null };
}
