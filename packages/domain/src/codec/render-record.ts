import { formatLongDate } from '../clock/index.js';
import type { Finding, FindingUpdate, ResponseRecord, SubItem } from '../model/index.js';
import { matchGroupHeading } from '../reference/index.js';
import { decodeEntities, escapeHtml, tokenizeHtml } from '../rich-text/index.js';
import { textOfTokens } from './source/html-text.js';
import { canonicalRichText } from './canonical-html.js';
import { STATUS_LABELS, proseNeedsEscape, titleOf } from './finding-lines.js';
import { renderGrades } from './grades.js';
import { inferInspectionType, inspectionTypeLabel, renderPlainValue } from './header-values.js';
import { RECORD_TITLE } from './labels.js';
import { formatUpdateDate } from './update-dates.js';

const AUTHOR_LABEL = { force: 'Force', opcc: 'OPCC', hmicfrs: 'HMICFRS' } as const;
const POSITION_LABEL = {
  accepted: 'Accepted',
  partially_accepted: 'Partially accepted',
  not_accepted: 'Not accepted',
} as const;

/** Top-level pieces of canonical rich text: each `<p>` (inner HTML) or other block (outer HTML). */
function topLevelBlocks(html: string): { p: boolean; html: string }[] {
  const canonical = canonicalRichText(html);
  const out: { p: boolean; html: string }[] = [];
  let depth = 0;
  let start = 0;
  let tag = '';
  const re = /<(\/?)([a-z0-9]+)[^>]*>/g;
  for (let m = re.exec(canonical); m; m = re.exec(canonical)) {
    const [whole, slash, name] = m;
    if (!['p', 'ul', 'ol', 'h2', 'h3', 'h4', 'blockquote', 'table'].includes(name!) && depth === 0)
      continue;
    if (!slash) {
      if (depth === 0) {
        start = m.index;
        tag = name!;
      }
      if (name === tag) depth++;
    } else if (name === tag) {
      depth--;
      if (depth === 0) {
        const outer = canonical.slice(start, m.index + whole.length);
        out.push(tag === 'p' ? { p: true, html: outer.slice(3, -4) } : { p: false, html: outer });
      }
    }
  }
  return out;
}

const HTMLISH = /<\/?[a-zA-Z!]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/**
 * A line holding `prefix` then one paragraph's inline HTML: plain text where it reads back the same,
 * HTML otherwise; escaped with a backslash where plain prose would be read as structure.
 */
function visibleText(inline: string): string {
  return textOfTokens(tokenizeHtml(inline));
}

function inlineLine(prefix: string, inline: string, escapeFor?: string | null): string {
  const text = decodeEntities(inline);
  const plain = !inline.includes('<') && !HTMLISH.test(text);
  const line = plain ? prefix + text : `<p>${prefix}${inline}</p>`;
  if (escapeFor === undefined) return line;
  const visible = plain ? text : visibleText(inline);
  return proseNeedsEscape(visible, escapeFor) ? `\\${line}` : line;
}

function paragraphLine(inline: string, frameworkId: string | null): string {
  return inlineLine('', inline, frameworkId);
}

/** Paragraph-only rich text is written a paragraph a line; anything richer goes on one HTML line. */
function bodyLines(html: string, frameworkId: string | null): string[] {
  const blocks = topLevelBlocks(html);
  return blocks.map((b) => (b.p ? paragraphLine(b.html, frameworkId) : b.html));
}

function renderUpdate(u: FindingUpdate, frameworkId: string | null): string[] {
  const date = u.date ? ` (${formatUpdateDate(u.date, u.datePrecision)})` : '';
  const label = `${AUTHOR_LABEL[u.author]} Update${date}${u.visibility === 'internal' ? ' (internal)' : ''}:`;
  const blocks = topLevelBlocks(u.text);
  if (blocks.every((b) => b.p))
    return [label, '', ...blocks.flatMap((b) => [paragraphLine(b.html, frameworkId), ''])];
  return [`${label} ${canonicalRichText(u.text)}`, ''];
}

function renderSubItems(items: readonly SubItem[], depth: number): string[] {
  return items.flatMap((item) => {
    const inline = topLevelBlocks(item.text)
      .map((b) => b.html)
      .join(' ');
    return [
      `${'  '.repeat(depth)}${inlineLine('- ', inline)}`,
      ...renderSubItems(item.children, depth + 1),
    ];
  });
}

const PREFIX = {
  recommendation: 'Recommendation',
  cause_of_concern: 'Cause of concern',
  area_for_improvement: 'Area for improvement',
} as const;

/**
 * A finding's first lines: its prefix with its title, or with its first paragraph. A first paragraph that
 * could be read as a title (heading-shaped, more prose after it) goes on its own line, escaped.
 */
function findingHead(f: Finding, frameworkId: string | null): string[] {
  const [first, ...rest] = topLevelBlocks(f.text);
  const firstInline = first?.html ?? '';
  const firstVisible = visibleText(firstInline);
  const titled = f.title !== null && isPlainTitle(f.title);
  // A bare bullet suffices unless the text itself would read as a label ("Status: ..."); then name the kind.
  const named = titled || f.reference !== null || proseNeedsEscape(firstVisible, frameworkId);
  const ref = f.reference ? ` ${f.reference}` : '';
  const prefix =
    f.kind === 'cause_of_concern'
      ? `Cause of concern${ref}: `
      : `- ${named ? `${PREFIX[f.kind]}${ref}: ` : ''}`;
  const misreadAsTitle =
    (named || f.kind === 'cause_of_concern') &&
    titleOf(firstInline, firstVisible) !== null &&
    f.subItems.length === 0 &&
    rest.length > 0;
  if (titled) return [`${prefix}${f.title}`, paragraphLine(firstInline, frameworkId)];
  if (misreadAsTitle) return [prefix.trimEnd(), `\\${inlineLine('', firstInline)}`];
  return [inlineLine(prefix, firstInline)];
}

/** A title that reads back from the line after a finding's prefix. */
function isPlainTitle(title: string): boolean {
  return titleOf(title, title) === title && !HTMLISH.test(title);
}

function renderFinding(f: Finding, frameworkId: string | null): string[] {
  const rest = topLevelBlocks(f.text).slice(1);
  const lines = [
    ...findingHead(f, frameworkId),
    ...renderSubItems(f.subItems, 1),
    ...rest.map((b) => (b.p ? paragraphLine(b.html, frameworkId) : b.html)),
  ];
  if (f.title !== null && !isPlainTitle(f.title))
    lines.push(
      HTMLISH.test(f.title) || f.title.includes('<')
        ? `<p>Title: ${escapeHtml(f.title)}</p>`
        : `Title: ${f.title}`,
    );
  if (f.supersedes) lines.push(`Supersedes: ${f.supersedes}`);
  if (f.status) lines.push(`Status: ${STATUS_LABELS[f.status]}`);
  if (f.acceptance) {
    const label = `Acceptance: ${POSITION_LABEL[f.acceptance.position]}`;
    const blocks = topLevelBlocks(f.acceptance.explanation);
    if (blocks.every((b) => b.p))
      lines.push(label, ...blocks.map((b) => paragraphLine(b.html, frameworkId)));
    else lines.push(`${label} ${canonicalRichText(f.acceptance.explanation)}`);
  }
  lines.push('');
  for (const u of f.updates) lines.push(...renderUpdate(u, frameworkId));
  return lines;
}

function renderSection(
  label: string,
  findings: readonly Finding[],
  frameworkId: string | null,
): string[] {
  if (findings.length === 0) return [`${label}\tNone`];
  const lines = [label, ''];
  let pillar: string | null = null;
  let area: string | null = null;
  let cause: string | null = null;
  for (const f of findings) {
    if (f.group.pillar !== pillar || f.group.area !== area) {
      // Leaving an area for none under the same pillar needs the pillar (or "Group: none") said again.
      if (f.group.pillar !== pillar || (f.group.area === null && area !== null)) {
        if (f.group.pillar === null) lines.push('Group: none', '');
        else {
          const known = matchGroupHeading(f.group.pillar, frameworkId);
          const plain = known?.pillar === f.group.pillar && !known.area;
          lines.push(plain ? f.group.pillar.toUpperCase() : `Pillar: ${f.group.pillar}`, '');
        }
        area = null;
      }
      if (f.group.area !== null && f.group.area !== area) {
        const known = matchGroupHeading(f.group.area, frameworkId);
        const plain = known !== null && !known.pillar && known.area === f.group.area;
        lines.push(plain ? f.group.area : `Area: ${f.group.area}`, '');
      }
      pillar = f.group.pillar;
      area = f.group.area;
      cause = null;
    }
    if (f.kind === 'cause_of_concern') cause = f.ref;
    else if (f.kind === 'recommendation' && f.causeOfConcernRef !== cause && cause !== null) {
      lines.push('Other recommendations', '');
      cause = null;
    }
    lines.push(...renderFinding(f, frameworkId));
  }
  return lines;
}

/** Write a record in the record format; `parseRecord(renderRecord(r))` gives `r` back for records it produced. */
export function renderRecord(record: ResponseRecord): string {
  const fw = record.report.framework;
  const r = record.report;
  const fire =
    record.organisation.kind === 'fire_service' || /fire/i.test(record.chiefOfficer.title);
  const chiefLabel = fire ? 'Chief Fire Officer' : 'Chief Constable';
  // "Version:" is the office's own label; the register's published version has a line of its own.
  const lines = [
    RECORD_TITLE,
    '',
    `Version:${record.documentVersion ? ` ${record.documentVersion}` : ''}`,
    '',
  ];
  if (record.version) lines.push(`Register version: ${record.version}`, '');
  lines.push(`Force\t${renderPlainValue(record.organisation.name)}`);
  lines.push(`${record.commissioner.title}\t${renderPlainValue(record.commissioner.name)}`);
  lines.push(
    `${chiefLabel}\t${renderPlainValue(`${record.chiefOfficer.title} ${record.chiefOfficer.name}`)}`,
  );
  lines.push(`Title of inspection\t${renderPlainValue(r.title)}`);
  lines.push(`Inspectorate\t${renderPlainValue(r.inspectorate)}`);
  if (r.publishedOn) lines.push(`Date of publication\t${formatLongDate(r.publishedOn)}`);
  if (r.link) lines.push(`Link\t${r.link}`);
  if (r.type !== inferInspectionType(r.title, fw))
    lines.push(`Type of inspection\t${inspectionTypeLabel(r.type)}`);
  lines.push(`Summary of inspection\t${canonicalRichText(record.summary)}`);
  lines.push(`Grade\t${renderGrades(record.grades)}`);
  const recs = record.findings.filter((f) => f.kind !== 'area_for_improvement');
  const afis = record.findings.filter((f) => f.kind === 'area_for_improvement');
  lines.push(...renderSection('Recommendations', recs, fw));
  lines.push(...renderSection('Areas for improvement', afis, fw));
  lines.push('', commissionerHeading(record), '');
  for (const l of bodyLines(record.commissionerComments, fw)) lines.push(l, '');
  lines.push(`${chiefLabel}'s response`, '');
  for (const l of bodyLines(record.chiefOfficerComments, fw)) lines.push(l, '');
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function commissionerHeading(record: ResponseRecord): string {
  return /^mayor\b/i.test(record.commissioner.title)
    ? "Mayor's response"
    : "Commissioner's response";
}
