import type { Finding, FindingUpdate } from '../../../model/index.js';
import { richTextToPlainText } from '../../../rich-text/index.js';
import { FINDING_REF_PREFIX } from '../../../rules/finding-refs.js';
import { canonicalRichText } from '../../canonical-html.js';
import { deadlinePhraseOf } from '../../deadline.js';
import type { Diagnostics } from '../../diagnostics.js';
import { parseUpdateDate } from '../../update-dates.js';
import type { DraftFinding } from './findings-state.js';

/** Turn drafts into findings with record-wide refs (R1, C1, AFI1 in document order). */
export function finishFindings(
  drafts: readonly DraftFinding[],
  diagnostics: Diagnostics,
  field: (d: DraftFinding) => string,
): { finding: Finding; line: number }[] {
  const counters = { recommendation: 0, cause_of_concern: 0, area_for_improvement: 0 };
  const refs = new Map<number, string>();
  for (const d of drafts) refs.set(d.key, `${FINDING_REF_PREFIX[d.kind]}${++counters[d.kind]}`);
  const out: { finding: Finding; line: number }[] = [];
  for (const d of drafts) {
    const text = canonicalRichText(d.paras.map((p) => `<p>${p}</p>`).join(''));
    if (!text) {
      diagnostics.error(d.line, field(d), 'EMPTY_FINDING', 'this finding has no text');
      continue;
    }
    const updates = finishUpdates(d, field(d), diagnostics, drafts[drafts.indexOf(d) + 1]);
    out.push({ line: d.line, finding: finding(d, text, updates, refs) });
  }
  return out;
}

function finding(
  d: DraftFinding,
  text: string,
  updates: FindingUpdate[],
  refs: ReadonlyMap<number, string>,
): Finding {
  return {
    ref: refs.get(d.key)!,
    kind: d.kind,
    reference: d.reference,
    title: d.title,
    text,
    subItems: d.subItems,
    group: d.group,
    deadlinePhrase: deadlinePhraseOf(richTextToPlainText(text)),
    causeOfConcernRef: d.causeKey === null ? null : (refs.get(d.causeKey) ?? null),
    supersedes: d.supersedes,
    acceptance: d.acceptance
      ? {
          position: d.acceptance.position,
          explanation: canonicalRichText(d.acceptance.parts.join('')),
        }
      : null,
    status: d.status,
    updates,
  };
}

function finishUpdates(
  d: DraftFinding,
  field: string,
  diagnostics: Diagnostics,
  nextFinding: DraftFinding | undefined,
): FindingUpdate[] {
  const updates: FindingUpdate[] = [];
  for (const [i, u] of d.updates.entries()) {
    const body = canonicalRichText(u.parts.join(''));
    if (!body) {
      diagnostics.error(u.line, field, 'EMPTY_UPDATE', emptyUpdate(d.updates[i + 1], nextFinding));
      continue;
    }
    const dated = u.label.dateText ? parseUpdateDate(u.label.dateText) : null;
    if (u.label.dateText && !dated)
      diagnostics.warn(
        u.line,
        field,
        'UNREADABLE_DATE',
        `"${u.label.dateText}" is not a date; the update is kept undated`,
      );
    const visibility = u.label.internal ? 'internal' : 'public';
    updates.push({
      date: dated?.date ?? null,
      datePrecision: dated?.precision ?? 'day',
      author: u.label.author,
      visibility,
      text: body,
    });
  }
  return updates;
}

/** Why an update came out empty: say what the line after its label was read as. */
function emptyUpdate(
  nextUpdate: { line: number } | undefined,
  nextFinding: DraftFinding | undefined,
): string {
  if (nextUpdate)
    return `this update has no text: the next thing after it is another update (line ${nextUpdate.line})`;
  if (nextFinding)
    return `this update has no text: line ${nextFinding.line} after it was read as a new finding. If that line is the update's text, remove its bullet or indent it under the finding`;
  return 'this update has no text: nothing follows it before the comments or the end of the file';
}
