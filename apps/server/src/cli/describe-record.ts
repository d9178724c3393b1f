import {
  richTextToPlainText,
  type RecordDiagnostic,
  type RecordInFile,
  type ResponseRecord,
} from '@irr/domain';

/** `FILE:LINE: severity [CODE] field: message`; a document's diagnostic adds its page and paragraph after the line. */
export function formatDiagnostic(file: string, d: RecordDiagnostic): string {
  return `${file}:${d.line}${placeOf(d)}: ${d.severity} [${d.code}] ${d.field}: ${d.message}`;
}

/** " (page 3, paragraph 2)" for a PDF, " (paragraph 12)" for a Word document or web page, else nothing. */
function placeOf(d: RecordDiagnostic): string {
  if (d.paragraph === undefined) return '';
  return ` (${d.page === undefined ? '' : `page ${d.page}, `}paragraph ${d.paragraph})`;
}

/**
 * "coverage: N of M characters placed (P%)", P rounded down so that 100% means nothing was left out;
 * nothing for a file refused before it was read (it has no content to place).
 */
function describeCoverage({ coverage }: RecordInFile): string | null {
  const { contentChars, placedChars } = coverage;
  if (contentChars === 0) return null;
  const percent = Math.floor((placedChars / contentChars) * 1000) / 10;
  return `coverage: ${placedChars} of ${contentChars} characters placed (${percent}%)`;
}

const KIND_LABEL = {
  recommendation: 'Recommendation',
  cause_of_concern: 'Cause of concern',
  area_for_improvement: 'Area for improvement',
} as const;

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** A readable summary for the terminal: who, which report, grades, and one line per finding. */
export function describeRecord(result: RecordInFile): string {
  const r: ResponseRecord | null = result.record;
  const coverage = describeCoverage(result);
  const heading = `Lines ${result.startLine}-${result.endLine}: ${result.ok ? 'ok' : 'has errors'}\n${coverage ? `  ${coverage}\n` : ''}`;
  if (!r) return `${heading}  (no record: see the errors above)\n`;
  const count = (kind: keyof typeof KIND_LABEL) => r.findings.filter((f) => f.kind === kind).length;
  const grades = r.grades
    .map((g) => {
      const scope =
        g.scope.level === 'overall'
          ? 'Overall'
          : g.scope.level === 'pillar'
            ? g.scope.pillar
            : g.scope.area;
      return `${scope}: ${g.value.replace(/_/g, ' ')}`;
    })
    .join('; ');
  const lines = [
    heading.trimEnd(),
    `  Force:            ${r.organisation.name}${r.organisation.slug ? ` (${r.organisation.slug})` : ''}`,
    `  ${r.commissioner.title}: ${r.commissioner.name}`,
    `  Chief officer:    ${r.chiefOfficer.name} (${r.chiefOfficer.title})`,
    `  Report:           ${r.report.title}`,
    `  Framework:        ${r.report.framework ?? 'not recognised'}; published ${r.report.publishedOn ?? 'date not given'}`,
    `  Version:          ${r.documentVersion ?? 'not given'} (the office's label); register version ${r.version ?? 'none'}`,
    `  Grades:           ${grades || 'none'}`,
    `  Findings:         ${count('recommendation')} recommendations, ${count('cause_of_concern')} causes of concern, ${count('area_for_improvement')} areas for improvement`,
    ...r.findings.map((f) => {
      const group = [f.group.pillar, f.group.area].filter(Boolean).join(' / ');
      const updates = f.updates.length === 1 ? '1 update' : `${f.updates.length} updates`;
      return `    ${f.ref.padEnd(6)} ${KIND_LABEL[f.kind]}${group ? ` — ${group}` : ''}${f.title ? `: ${f.title}` : ''} (${updates}${f.subItems.length ? `, ${f.subItems.length} sub-items` : ''})\n           ${clip(richTextToPlainText(f.text), 100)}`;
    }),
    `  Commissioner's comments:  ${clip(richTextToPlainText(r.commissionerComments), 80) || 'none'}`,
    `  Chief officer's comments: ${clip(richTextToPlainText(r.chiefOfficerComments), 80) || 'none'}`,
  ];
  return `${lines.join('\n')}\n`;
}
