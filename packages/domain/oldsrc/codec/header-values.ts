import { INSPECTION_TYPE_LABELS } from '../model/labels.js';
import type { InspectionType, OfficeHolder } from '../model/index.js';
import { decodeEntities, escapeHtml } from '../rich-text/index.js';
import { canonicalRichText } from './canonical-html.js';
import { splitBullet } from './source/bullets.js';
import { isHtmlLine } from './source/html-blocks.js';
import type { SourceLine } from './source/line-scan.js';
import { collapseSpace, foldForMatching } from './normalise.js';

/** A one-line header value as plain text: tags stripped and entities decoded where it holds HTML. */
export function plainValue(lines: readonly SourceLine[]): string {
  const joined = lines.map((l) => l.text).join(' ');
  if (!isHtmlLine(joined) && !/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(joined))
    return collapseSpace(joined);
  return collapseSpace(decodeEntities(joined.replace(/<[^>]*>/g, ' ')));
}

/** How the renderer writes a plain value so that plainValue reads it back unchanged. */
export function renderPlainValue(value: string): string {
  return /<\/?[a-zA-Z!]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(value) ? escapeHtml(value) : value;
}

/** Rich text from whole lines: HTML lines kept as HTML, plain lines as paragraphs or list items. */
export function richFromLines(lines: readonly SourceLine[]): string {
  const parts: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) parts.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    items = [];
  };
  for (const { text } of lines) {
    const raw = text.trim();
    if (!raw) {
      flush();
      continue;
    }
    const literal = raw.startsWith('\\');
    const content = literal ? raw.slice(1) : raw;
    if (isHtmlLine(content)) {
      flush();
      parts.push(canonicalRichText(content));
      continue;
    }
    const { bullet, body } = literal
      ? { bullet: null, body: content }
      : splitBullet(collapseSpace(content));
    if (bullet) items.push(escapeHtml(body));
    else {
      flush();
      parts.push(`<p>${escapeHtml(collapseSpace(body))}</p>`);
    }
  }
  flush();
  return canonicalRichText(parts.join(''));
}

const COMMISSIONER_TITLES: Record<string, string> = {
  'police and crime commissioner': 'Police and Crime Commissioner',
  'police, fire and crime commissioner': 'Police, Fire and Crime Commissioner',
  'police fire and crime commissioner': 'Police, Fire and Crime Commissioner',
  commissioner: 'Police and Crime Commissioner',
  pcc: 'Police and Crime Commissioner',
  pfcc: 'Police, Fire and Crime Commissioner',
  mayor: 'Mayor',
  'deputy mayor for policing and crime': 'Deputy Mayor for Policing and Crime',
};

export function commissionerTitle(label: string): string {
  return COMMISSIONER_TITLES[foldForMatching(label)] ?? 'Police and Crime Commissioner';
}

export const COMMISSIONER_TITLE_LIST = [...new Set(Object.values(COMMISSIONER_TITLES))];

const RANK =
  /^((?:(?:acting|temporary|interim|deputy|assistant)\s+)?(?:chief constable|chief fire officer|chief officer|commissioner(?: of police(?: of the metropolis| for the city of london)?)?))\s+(.+)$/i;

/** "Acting Chief Constable Nick Baker" -> rank and name; with no rank in the value the field label is the rank. */
export function chiefOfficer(value: string, label: string): Pick<OfficeHolder, 'name' | 'title'> {
  const m = RANK.exec(value);
  if (m) return { title: titleCase(m[1]!), name: m[2]!.trim() };
  return { title: titleCase(label), name: value };
}

function titleCase(s: string): string {
  return collapseSpace(s)
    .split(' ')
    .map((w, i) =>
      i > 0 && /^(of|the|for)$/i.test(w)
        ? w.toLowerCase()
        : w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join(' ')
    .replace(/\bLondon\b/i, 'London');
}

export const CHIEF_RANKS = [
  'Chief Constable',
  'Acting Chief Constable',
  'Temporary Chief Constable',
  'Interim Chief Constable',
  'Deputy Chief Constable',
  'Chief Fire Officer',
  'Acting Chief Fire Officer',
  'Commissioner',
];

const TYPE_LABELS = INSPECTION_TYPE_LABELS;

export function inspectionTypeLabel(type: InspectionType): string {
  return TYPE_LABELS[type];
}

export function parseInspectionType(text: string): InspectionType | null {
  const f = foldForMatching(text).replace(/[-_]/g, ' ');
  const hit = (Object.entries(TYPE_LABELS) as [InspectionType, string][]).find(
    ([key, label]) =>
      foldForMatching(label).replace(/-/g, ' ') === f || key.replace(/_/g, ' ') === f,
  );
  return hit ? hit[0] : null;
}

/** The type a title implies, so the renderer need only write "Type of inspection" when it differs. */
export function inferInspectionType(title: string, frameworkId: string | null): InspectionType {
  const t = title.toLowerCase();
  if (frameworkId?.startsWith('fire') || /fire and rescue|fire & rescue/.test(t))
    return 'fire_and_rescue';
  if (
    frameworkId?.startsWith('peel') ||
    /\bpeel\b|effectiveness, efficiency and legitimacy/.test(t)
  )
    return 'peel';
  if (/custody/.test(t)) return 'custody';
  if (/crime data integrity/.test(t)) return 'crime_data_integrity';
  if (/vetting|counter.corruption/.test(t)) return 'vetting_counter_corruption';
  if (/child protection/.test(t)) return 'child_protection';
  if (/\bjoint\b/.test(t)) return 'joint';
  return 'thematic';
}
