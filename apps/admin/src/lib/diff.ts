import {
  ACCEPTANCE_LABELS,
  FINDING_STATUS_LABELS,
  GRADE_VALUE_LABELS,
  formatDateToPrecision,
  richTextToPlainText,
  type ResponseRecord,
} from '@irr/domain';

export type Piece = { kind: 'same' | 'added' | 'removed'; text: string };

/** Word-level difference by longest common subsequence; long texts fall back to whole-text replacement. */
export function diffWords(before: string, after: string): Piece[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = before.split(/(\s+)/).filter((t) => t !== '');
  const b = after.split(/(\s+)/).filter((t) => t !== '');
  if (a.length * b.length > 4_000_000) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: Piece[] = [];
  const push = (kind: Piece['kind'], text: string) => {
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return out;
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
