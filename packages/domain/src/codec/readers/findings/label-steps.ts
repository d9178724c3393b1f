import {
  matchAcceptance,
  matchExplanationLabel,
  matchFindingPrefix,
  matchStatusLine,
  matchSupersedes,
  matchTitleLabel,
  titleOf,
} from '../../finding-lines.js';
import { matchUpdateLabel } from '../../update-labels.js';
import type { Block } from '../../source/source-block.js';
import { flushList, startFinding, type FindingsState } from './findings-state.js';
import { bodyAfter } from './label-body.js';

/**
 * Steps for the labelled lines of a findings section. Each returns true when the block was its label
 * (read, or refused with a diagnostic), false to let the next step look at it.
 */

/** "Force Update:" and its kin: a new update on the current finding. */
export function readUpdate(s: FindingsState, b: Block): boolean {
  const update = matchUpdateLabel(b.text);
  if (!update) return false;
  const c = s.current;
  if (!c) {
    s.diagnostics.error(
      b.line,
      s.section.field,
      'UPDATE_WITHOUT_FINDING',
      'an update appears before any finding it could belong to',
    );
    return true;
  }
  flushList(s);
  c.updates.push({ label: update, line: b.line, parts: bodyAfter(b, update.length) });
  s.mode = 'update';
  return true;
}

/** "Acceptance: Accepted": only a recommendation takes one; the explanation may follow on the line. */
export function readAcceptance(s: FindingsState, b: Block): boolean {
  const acceptance = matchAcceptance(b.text);
  const c = s.current;
  if (!acceptance || !c) return false;
  if (c.kind !== 'recommendation') {
    s.diagnostics.error(
      b.line,
      s.section.field,
      'ACCEPTANCE_NOT_RECOMMENDATION',
      'only a recommendation takes an acceptance',
    );
    return true;
  }
  flushList(s);
  c.acceptance = { position: acceptance.position, parts: bodyAfter(b, acceptance.length) };
  s.mode = 'explanation';
  return true;
}

/** "Explanation:" or "Response:" after an acceptance continues its explanation. */
export function readExplanation(s: FindingsState, b: Block): boolean {
  const explanation = matchExplanationLabel(b.text);
  const acceptance = s.current?.acceptance;
  if (explanation === null || !acceptance || s.mode === 'update') return false;
  flushList(s);
  acceptance.parts.push(...bodyAfter(b, explanation));
  s.mode = 'explanation';
  return true;
}

export function readStatus(s: FindingsState, b: Block): boolean {
  const status = matchStatusLine(b.text);
  if (!status || !s.current) return false;
  if (!status.status)
    s.diagnostics.error(
      b.line,
      s.section.field,
      'UNKNOWN_STATUS',
      `"${status.raw}" is not a finding status`,
    );
  else s.current.status = status.status;
  return true;
}

export function readSupersedes(s: FindingsState, b: Block): boolean {
  const supersedes = matchSupersedes(b.text);
  if (!supersedes || !s.current) return false;
  s.current.supersedes = supersedes;
  return true;
}

/** "Title: …": the current finding's own heading. */
export function readTitle(s: FindingsState, b: Block): boolean {
  const title = matchTitleLabel(b.text);
  if (title === null || !s.current) return false;
  s.current.title = title;
  return true;
}

/**
 * "Recommendation 3:", "Cause of concern 1", "AFI 2 –": a new finding of that kind. A short heading after
 * the prefix ("Cause of concern 1: Crime data integrity") is the finding's title if prose follows it.
 */
export function readFindingPrefix(s: FindingsState, b: Block): boolean {
  const prefix = matchFindingPrefix(b.text);
  if (!prefix) return false;
  // Several paragraphs (a table cell after the label) are paragraphs of the finding's text.
  const [html = '', ...more] = (bodyAfter(b, prefix.length)[0] ?? '')
    .replace(/^<p>|<\/p>$/g, '')
    .split('</p><p>');
  const f = startFinding(s, b, prefix.kind, prefix.reference, html);
  f.paras.push(...more);
  if (!b.rest) f.titleCandidate = titleOf(html, b.text.slice(prefix.length).trim());
  return true;
}
