import { diffWordsWithSpace } from 'diff';
import {
  ACCEPTANCE_LABELS,
  FINDING_STATUS_LABELS,
  GRADE_VALUE_LABELS,
  formatDateToPrecision,
  richTextToPlainText,
  type ResponseRecord,
} from '@irr/domain';

export type Piece = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * Word-level difference (white space kept as its own tokens) by jsdiff, with no edit limit or timeout:
 * exact however long the texts are (the hand-written one gave up above four million cells, and showed one
 * changed word in 1,100 as everything replaced).
 */
export function diffWords(before: string, after: string): Piece[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  return diffWordsWithSpace(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

export interface FieldChange {
  /** Where: "Summary", "AFI2: Text", "Grades". */
  field: string;
  pieces: Piece[];
  /**
   * A value chosen from a list (a status, an acceptance) changes as a whole, in words: shown as
   * "In progress → Closed", not as a word diff. "none" when there was (or is) no value.
   */
  before?: string;
  after?: string;
}

const plain = (html: string | null | undefined) => richTextToPlainText(html ?? '');

/** An update's date as written; versions frozen before precisions existed have none (by day). */
const updateDate = (u: ResponseRecord['findings'][number]['updates'][number]) =>
  u.date ? formatDateToPrecision(u.date, u.datePrecision ?? 'day') : '';

/** What changed between two versions of a record, field by field, in reading order. */
export function diffRecords(before: ResponseRecord, after: ResponseRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const field = (name: string, x: string, y: string) => {
    if (x !== y) changes.push({ field: name, pieces: diffWords(x, y) });
  };
  const value = (name: string, x: string, y: string) => {
    if (x !== y)
      changes.push({
        field: name,
        pieces: diffWords(x, y),
        before: x || 'none',
        after: y || 'none',
      });
  };
  field(
    'Police and Crime Commissioner',
    `${before.commissioner.title} ${before.commissioner.name}`,
    `${after.commissioner.title} ${after.commissioner.name}`,
  );
  field(
    'Chief officer',
    `${before.chiefOfficer.title} ${before.chiefOfficer.name}`,
    `${after.chiefOfficer.title} ${after.chiefOfficer.name}`,
  );
  field('Document version', before.documentVersion ?? '', after.documentVersion ?? '');
  field('Summary', plain(before.summary), plain(after.summary));
  const grades = (r: ResponseRecord) =>
    r.grades
      .map(
        (g) =>
          `${g.scope.level === 'overall' ? 'Overall' : g.scope.level === 'pillar' ? g.scope.pillar : g.scope.area}: ${GRADE_VALUE_LABELS[g.value]}`,
      )
      .join('; ');
  field('Grades', grades(before), grades(after));
  const byRef = new Map(before.findings.map((f) => [f.ref, f]));
  const afterRefs = new Set(after.findings.map((f) => f.ref));
  for (const f of after.findings) {
    const old = byRef.get(f.ref);
    if (!old) {
      changes.push({ field: `${f.ref}: Added`, pieces: [{ kind: 'added', text: plain(f.text) }] });
      continue;
    }
    field(`${f.ref}: Title`, old.title ?? '', f.title ?? '');
    field(`${f.ref}: Text`, plain(old.text), plain(f.text));
    value(
      `${f.ref}: Group`,
      [old.group.pillar, old.group.area].filter(Boolean).join(' — '),
      [f.group.pillar, f.group.area].filter(Boolean).join(' — '),
    );
    value(
      `${f.ref}: Status`,
      old.status ? FINDING_STATUS_LABELS[old.status] : '',
      f.status ? FINDING_STATUS_LABELS[f.status] : '',
    );
    value(
      `${f.ref}: Acceptance`,
      old.acceptance ? ACCEPTANCE_LABELS[old.acceptance.position] : '',
      f.acceptance ? ACCEPTANCE_LABELS[f.acceptance.position] : '',
    );
    field(
      `${f.ref}: Explanation`,
      plain(old.acceptance?.explanation),
      plain(f.acceptance?.explanation),
    );
    field(
      `${f.ref}: Updates`,
      old.updates.map((u) => `${updateDate(u)} ${plain(u.text)}`).join('\n'),
      f.updates.map((u) => `${updateDate(u)} ${plain(u.text)}`).join('\n'),
    );
  }
  for (const f of before.findings)
    if (!afterRefs.has(f.ref))
      changes.push({
        field: `${f.ref}: Removed`,
        pieces: [{ kind: 'removed', text: plain(f.text) }],
      });
  const order = (r: ResponseRecord) => r.findings.map((f) => f.ref).join(' ');
  field('Order of findings', order(before), order(after));
  field(
    "Commissioner's comments",
    plain(before.commissionerComments),
    plain(after.commissionerComments),
  );
  field(
    "Chief officer's comments",
    plain(before.chiefOfficerComments),
    plain(after.chiefOfficerComments),
  );
  return changes;
}
