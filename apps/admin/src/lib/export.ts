import { richTextToPlainText, type Finding } from '@irr/domain';
import { ownerText } from './owner';
import type { StaffFinding } from './trpc';

/** RFC 4180: quote every field, double inner quotes; a leading =,+,-,@ is defused so spreadsheets do not run it. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function findingsCsv(rows: readonly { staff: StaffFinding; finding: Finding }[]): string {
  return toCsv(
    [
      'Ref',
      'Kind',
      'Reference',
      'Title',
      'Pillar',
      'Area',
      'Status',
      'Owner',
      'Target date',
      'Original target date',
      'Acceptance',
      'Text',
      'Latest update',
      'Latest update date',
      'Latest update date given as',
    ],
    rows.map(({ staff, finding }) => {
      const latest = staff.updates.at(-1);
      return [
        staff.ref,
        finding.kind,
        finding.reference,
        finding.title,
        finding.group.pillar,
        finding.group.area,
        staff.status,
        ownerText(staff),
        staff.targetDate,
        staff.originalTargetDate,
        finding.acceptance?.position ?? null,
        richTextToPlainText(finding.text),
        latest ? richTextToPlainText(latest.text) : null,
        latest?.date ?? null,
        // 'month': the date is the 1st of the month the update gave, not a day it gave.
        latest?.date ? latest.datePrecision : null,
      ];
    }),
  );
}

/** Saves text as a file through the browser's own download. */
export function download(filename: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
