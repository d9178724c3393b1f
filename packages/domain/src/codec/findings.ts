import type {
  Finding,
  FindingKind,
  FindingStatus,
  FindingUpdate,
  SubItem,
} from '../model/index.js';
import { matchGroupHeading } from '../reference/index.js';
import { parseHumanDate } from '../clock/index.js';
import { richTextToPlainText } from '../rich-text/index.js';
import { FINDING_REF_PREFIX } from '../rules/finding-refs.js';
import type { Block } from './blocks.js';
import { canonicalRichText, serializeTokens } from './canonical-html.js';
import { deadlinePhraseOf } from './deadline.js';
import type { Diagnostics } from './diagnostics.js';
import {
  isAllCapsHeading,
  isCauseContextReset,
  isNoneLine,
  looksLikeHeading,
  matchAcceptance,
  matchExplanationLabel,
  matchExplicitGroup,
  matchFindingPrefix,
  matchStatusLine,
  matchSupersedes,
} from './finding-lines.js';
import { matchUpdateLabel, type UpdateLabel } from './labels.js';

/** A finding while its lines are still being read; `key` links recommendations to their cause. */
export interface DraftFinding {
  key: number;
  line: number;
  kind: FindingKind;
  reference: string | null;
  indent: number;
  bullet: string | null;
  group: Finding['group'];
  paras: string[];
  subItems: SubItem[];
  subStack: { indent: number; item: SubItem }[];
  colonList: boolean;
  causeKey: number | null;
  supersedes: string | null;
  status: FindingStatus | null;
  acceptance: { position: NonNullable<Finding['acceptance']>['position']; parts: string[] } | null;
  updates: { label: UpdateLabel; line: number; parts: string[] }[];
  listItems: string[];
}

export interface SectionOptions {
  field: string;
  kind: FindingKind;
  frameworkId: string | null;
  /** Where no heading marks the commissioner's comments: tell prose that starts them. */
  startsComments?: (text: string) => boolean;
  nextKey: () => number;
}

type Mode = 'text' | 'update' | 'explanation' | null;

const SUB_MARKER = /^([◦▪‣∙]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])$/;

export function parseFindingsSection(
  blocks: readonly Block[],
  options: SectionOptions,
  diagnostics: Diagnostics,
): { findings: DraftFinding[]; commentsFromLine: number | null } {
  const findings: DraftFinding[] = [];
  let group: Finding['group'] = { pillar: null, area: null, questionId: null };
  let current = null as DraftFinding | null;
  let mode = null as Mode; // widened: closures below change it
  let cause: DraftFinding | null = null;
  const field = options.field;

  const flushList = () => {
    if (!current || current.listItems.length === 0) return;
    const html = `<ul>${current.listItems.map((li) => `<li>${li}</li>`).join('')}</ul>`;
    current.listItems = [];
    if (mode === 'update') current.updates.at(-1)?.parts.push(html);
    else if (mode === 'explanation') current.acceptance?.parts.push(html);
  };
  const close = () => {
    flushList();
    current = null;
    mode = null;
  };
  const start = (
    b: Block,
    kind: FindingKind,
    reference: string | null,
    html: string,
  ): DraftFinding => {
    close();
    const f: DraftFinding = {
      key: options.nextKey(),
      line: b.line,
      kind,
      reference,
      indent: b.indent,
      bullet: b.bullet,
      group: { ...group },
      paras: html ? [html] : [],
      subItems: [],
      subStack: [],
      colonList: false,
      causeKey: kind === 'recommendation' && cause ? cause.key : null,
      supersedes: null,
      status: null,
      acceptance: null,
      updates: [],
      listItems: [],
    };
    if (kind === 'cause_of_concern') cause = f;
    findings.push(f);
    current = f;
    mode = 'text';
    return f;
  };
  /** Body text after a label: the rest of an HTML line, or the rest of the paragraph. */
  const bodyAfter = (b: Block, labelLength: number): string[] => {
    if (b.rest) {
      const html = canonicalRichText(serializeTokens(b.rest));
      return html ? [html] : [];
    }
    const rest = b.text.slice(labelLength).trim();
    if (!rest) return [];
    const cut = b.html.length - htmlTailFor(b.html, rest).length;
    return [`<p>${b.html.slice(cut)}</p>`];
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.text;
    if (!b.literal) {
      if (isNoneLine(t) && findings.length === 0 && !current) continue;
      const explicit = matchExplicitGroup(t);
      if (explicit) {
        close();
        cause = null;
        if (explicit.reset) group = { pillar: null, area: null, questionId: null };
        if (explicit.pillar) group = { pillar: explicit.pillar, area: null, questionId: null };
        if (explicit.area) group = { ...group, ...areaOf(explicit.area, options.frameworkId) };
        continue;
      }
      if (isCauseContextReset(t)) {
        close();
        cause = null;
        continue;
      }
      const update = matchUpdateLabel(t);
      if (update) {
        if (!current) {
          diagnostics.error(
            b.line,
            field,
            'UPDATE_WITHOUT_FINDING',
            'an update appears before any finding it could belong to',
          );
          continue;
        }
        flushList();
        const c: DraftFinding = current;
        c.updates.push({ label: update, line: b.line, parts: bodyAfter(b, update.length) });
        mode = 'update';
        continue;
      }
      const acceptance = matchAcceptance(t);
      if (acceptance && current) {
        const c: DraftFinding = current;
        if (c.kind !== 'recommendation') {
          diagnostics.error(
            b.line,
            field,
            'ACCEPTANCE_NOT_RECOMMENDATION',
            'only a recommendation takes an acceptance',
          );
          continue;
        }
        flushList();
        c.acceptance = { position: acceptance.position, parts: bodyAfter(b, acceptance.length) };
        mode = 'explanation';
        continue;
      }
      const explanation = matchExplanationLabel(t);
      if (explanation !== null && current && current.acceptance && mode !== 'update') {
        flushList();
        current.acceptance.parts.push(...bodyAfter(b, explanation));
        mode = 'explanation';
        continue;
      }
      const status = matchStatusLine(t);
      if (status && current) {
        if (!status.status)
          diagnostics.error(
            b.line,
            field,
            'UNKNOWN_STATUS',
            `"${status.raw}" is not a finding status`,
          );
        else current.status = status.status;
        continue;
      }
      const supersedes = matchSupersedes(t);
      if (supersedes && current) {
        current.supersedes = supersedes;
        continue;
      }
      const prefix = matchFindingPrefix(t);
      if (prefix) {
        const html = bodyAfter(b, prefix.length)[0] ?? '';
        start(b, prefix.kind, prefix.reference, html.replace(/^<p>|<\/p>$/g, ''));
        continue;
      }
      if (!b.bullet) {
        const heading = matchGroupHeading(t, options.frameworkId);
        const next = blocks[i + 1];
        const headsFindings =
          !next || Boolean(next.bullet) || matchFindingPrefix(next.text) !== null;
        if (heading && (heading.pillar || heading.area)) {
          close();
          cause = null;
          if (heading.pillar) group = { pillar: heading.pillar, area: null, questionId: null };
          if (heading.area)
            group = { ...group, area: heading.area, questionId: heading.questionId };
          continue;
        }
        if (headsFindings && (isAllCapsHeading(t) || looksLikeHeading(t)) && mode !== 'text') {
          close();
          cause = null;
          if (isAllCapsHeading(t)) group = { pillar: t, area: null, questionId: null };
          else group = { ...group, area: t, questionId: null };
          diagnostics.add(
            'info',
            b.line,
            field,
            'UNRECOGNISED_HEADING',
            `"${t}" was read as a heading but matches no known pillar or area`,
          );
          continue;
        }
        const hasBody =
          current !== null && (current.updates.length > 0 || current.acceptance !== null);
        if (options.startsComments && hasBody && options.startsComments(t)) {
          close();
          return { findings, commentsFromLine: b.line };
        }
      }
    }
    if (b.bullet && !b.literal) {
      const c = current;
      if (c && mode === 'text' && isSubItem(b, c)) {
        addSubItem(c, b);
        continue;
      }
      if (c && (mode === 'update' || mode === 'explanation') && b.indent > c.indent) {
        c.listItems.push(b.html);
        continue;
      }
      start(b, options.kind, null, b.html);
      continue;
    }
    // Prose.
    const c = current;
    flushList();
    if (c && mode === 'update') c.updates.at(-1)!.parts.push(`<p>${b.html}</p>`);
    else if (c && mode === 'explanation') c.acceptance!.parts.push(`<p>${b.html}</p>`);
    else if (c && mode === 'text') c.paras.push(b.html);
    else start(b, options.kind, null, b.html);
  }
  close();
  return { findings, commentsFromLine: null };
}

function areaOf(
  area: string,
  frameworkId: string | null,
): Pick<Finding['group'], 'area' | 'questionId'> {
  const heading = matchGroupHeading(area, frameworkId);
  return { area, questionId: heading?.area ? heading.questionId : null };
}

/** The HTML after a label of `rest.length` visible characters; labels are plain text, so count from the end. */
function htmlTailFor(html: string, rest: string): string {
  // Walk back from the end until the visible text length equals rest's.
  const target = rest.length;
  let visible = 0;
  for (let i = html.length - 1; i >= 0; i--) {
    const ch = html[i]!;
    if (ch === '>') {
      const open = html.lastIndexOf('<', i);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    if (ch === ';') {
      const amp = html.lastIndexOf('&', i);
      if (amp >= 0 && i - amp <= 10 && /^&[#a-zA-Z0-9]+;$/.test(html.slice(amp, i + 1))) {
        visible++;
        if (visible === target) return html.slice(amp);
        i = amp;
        continue;
      }
    }
    visible++;
    if (visible === target) return html.slice(i);
  }
  return html;
}

function isSubItem(b: Block, f: DraftFinding): boolean {
  if (f.subStack.length > 0) {
    if (b.indent > f.indent) return true;
    // A colon-introduced list at the finding's own indent ends at a capitalised bullet.
    return f.colonList && !/^[A-Z]/.test(b.text);
  }
  if (b.indent > f.indent) return true;
  if (b.bullet && SUB_MARKER.test(b.bullet) && !(f.bullet && SUB_MARKER.test(f.bullet)))
    return true;
  const lastPara = f.paras.at(-1) ?? '';
  if (/[:;]\s*$/.test(lastPara) && /^[a-z]/.test(b.text)) {
    f.colonList = true;
    return true;
  }
  return false;
}

function addSubItem(f: DraftFinding, b: Block) {
  const item: SubItem = { text: canonicalRichText(`<p>${b.html}</p>`), children: [] };
  while (f.subStack.length > 0 && f.subStack.at(-1)!.indent >= b.indent) f.subStack.pop();
  const parent = f.subStack.at(-1);
  if (parent) parent.item.children.push(item);
  else f.subItems.push(item);
  f.subStack.push({ indent: b.indent, item });
}

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
    const updates: FindingUpdate[] = [];
    for (const u of d.updates) {
      const body = canonicalRichText(u.parts.join(''));
      if (!body) {
        diagnostics.error(
          u.line,
          field(d),
          'EMPTY_UPDATE',
          'this update has no text (is the file cut short?)',
        );
        continue;
      }
      let date: string | null = null;
      if (u.label.dateText) {
        date = parseHumanDate(u.label.dateText);
        if (!date)
          diagnostics.warn(
            u.line,
            field(d),
            'UNREADABLE_DATE',
            `"${u.label.dateText}" is not a date; the update is kept undated`,
          );
      }
      updates.push({
        date,
        author: u.label.author,
        visibility: u.label.internal ? 'internal' : 'public',
        text: body,
      });
    }
    out.push({
      line: d.line,
      finding: {
        ref: refs.get(d.key)!,
        kind: d.kind,
        reference: d.reference,
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
      },
    });
  }
  return out;
}
