import type { Finding, FindingKind, FindingStatus, SubItem } from '../../../model/index.js';
import type { Diagnostics } from '../../diagnostics.js';
import type { UpdateLabel } from '../../update-labels.js';
import type { Block } from '../../source/source-block.js';

/** A finding while its blocks are still being read; `key` links recommendations to their cause. */
export interface DraftFinding {
  key: number;
  line: number;
  /** The section it was read in, for diagnostics. */
  field: string;
  kind: FindingKind;
  /** A heading of its own ("Cause of concern 1: Crime data integrity"). */
  title: string | null;
  /** The text so far is one heading-shaped line after a prefix: if prose follows, that line is the title. */
  titleCandidate: string | null;
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
  /** Bullets under an update or explanation, gathered until the list ends. */
  listItems: string[];
}

export interface ReaderOptions {
  frameworkId: string | null;
  /** Where no heading marks the commissioner's comments: tell prose that starts them (last section only). */
  startsComments?: (text: string) => boolean;
  nextKey: () => number;
}

/** One findings section: its header field and what a finding without a prefix is there. */
export interface Section {
  field: string;
  kind: FindingKind;
}

/** What the text of the current finding is going into: its own text, its last update, or its explanation. */
type Mode = 'text' | 'update' | 'explanation' | null;

/** Everything the findings reader knows between blocks; each reader step takes it and changes it. */
export interface FindingsState {
  readonly options: ReaderOptions;
  readonly diagnostics: Diagnostics;
  readonly findings: DraftFinding[];
  /** The section being read. */
  section: Section;
  /** What a finding without a prefix is here: the section's kind, or what a sub-heading ("Recommendations") said. */
  kind: FindingKind;
  /** A number alone on its line ("2.1"): the reference of the finding that follows. */
  pendingReference: string | null;
  /** How many findings were read before this section, so "None" is known to open it. */
  sectionStart: number;
  /** The last thing read was a table of findings: prose now is no finding's text. */
  afterTable: boolean;
  /** A table, update or finding's prefix comes later in the section: the comments cannot start before it. */
  structureFollows: boolean;
  /** In the last section, where prose may start the commissioner's comments. */
  commentsMayStart: boolean;
  group: Finding['group'];
  current: DraftFinding | null;
  mode: Mode;
  /** The last cause of concern: recommendations after it are linked to it. */
  cause: DraftFinding | null;
}

export const NO_GROUP: Finding['group'] = { pillar: null, area: null, questionId: null };

export function findingsState(
  options: ReaderOptions,
  section: Section,
  diagnostics: Diagnostics,
): FindingsState {
  return {
    options,
    diagnostics,
    findings: [],
    section,
    kind: section.kind,
    sectionStart: 0,
    pendingReference: null,
    structureFollows: false,
    afterTable: false,
    commentsMayStart: false,
    group: NO_GROUP,
    current: null,
    mode: null,
    cause: null,
  };
}

/** Bullets gathered under an update or explanation become one list in it. */
export function flushList(s: FindingsState) {
  const c = s.current;
  if (!c || c.listItems.length === 0) return;
  const html = `<ul>${c.listItems.map((li) => `<li>${li}</li>`).join('')}</ul>`;
  c.listItems = [];
  if (s.mode === 'update') c.updates.at(-1)?.parts.push(html);
  else if (s.mode === 'explanation') c.acceptance?.parts.push(html);
}

export function closeFinding(s: FindingsState) {
  flushList(s);
  s.current = null;
  s.mode = null;
}

/** A heading or reset: the finding ends and recommendations no longer belong to the last cause. */
export function endGroup(s: FindingsState) {
  closeFinding(s);
  s.cause = null;
  s.kind = s.section.kind;
}

export function startFinding(
  s: FindingsState,
  b: Block,
  kind: FindingKind,
  reference: string | null,
  html: string,
): DraftFinding {
  closeFinding(s);
  const f: DraftFinding = {
    key: s.options.nextKey(),
    line: b.line,
    field: s.section.field,
    kind,
    title: null,
    titleCandidate: null,
    reference: reference ?? s.pendingReference,
    indent: b.indent,
    bullet: b.bullet,
    group: { ...s.group },
    paras: html ? [html] : [],
    subItems: [],
    subStack: [],
    colonList: false,
    causeKey: kind === 'recommendation' && s.cause ? s.cause.key : null,
    supersedes: null,
    status: null,
    acceptance: null,
    updates: [],
    listItems: [],
  };
  s.pendingReference = null;
  s.afterTable = false;
  if (kind === 'cause_of_concern') s.cause = f;
  s.findings.push(f);
  s.current = f;
  s.mode = 'text';
  return f;
}
