import { parseHumanDate } from '../clock/index.js';
import { ResponseRecord, WebLink, type OfficeHolder } from '../model/index.js';
import { detectFramework, findOrganisation } from '../reference/index.js';
import { validateRecord } from '../rules/index.js';
import { htmlBlocks, isHtmlLine, plainBlock, textOfTokens, type Block } from './blocks.js';
import { Diagnostics, type RecordDiagnostic } from './diagnostics.js';
import { matchAcceptance, matchExplanationLabel, matchFindingPrefix } from './finding-lines.js';
import { finishFindings, parseFindingsSection, type DraftFinding } from './findings.js';
import { parseGrades, type SourceLine } from './grades.js';
import {
  chiefOfficer,
  commissionerTitle,
  inferInspectionType,
  parseInspectionType,
  plainValue,
  richFromLines,
} from './header-values.js';
import {
  isRecordTitle,
  isVersionLine,
  matchCommentsHeading,
  matchHeaderLine,
  matchUpdateLabel,
  type HeaderField,
} from './labels.js';
import { looksBinary, normaliseText } from './normalise.js';
import { tokenizeHtml } from '../rich-text/index.js';

export interface ParseRecordResult {
  /** True when no diagnostic is an error: the record may be imported. */
  ok: boolean;
  /** The draft record; null only when required header fields are missing or the input is not a record. */
  record: ResponseRecord | null;
  diagnostics: RecordDiagnostic[];
  /** Where each finding (by ref) starts, for pointing users at it. */
  findingLines: Record<string, number>;
}

interface FieldValue {
  label: string;
  line: number;
  lines: SourceLine[];
}

const SECTION_FIELDS: readonly HeaderField[] = [
  'recommendations',
  'causesOfConcern',
  'areasForImprovement',
];
const REQUIRED: [HeaderField, string][] = [
  ['organisation', 'Force'],
  ['commissioner', 'Police and Crime Commissioner'],
  ['chiefOfficer', 'Chief Constable'],
  ['title', 'Title of inspection'],
];

function lineText(raw: string): string {
  return isHtmlLine(raw) ? textOfTokens(tokenizeHtml(raw)) : raw.trim();
}

/**
 * Read one response record in the format offices publish today. Never throws: every problem
 * becomes a diagnostic with its line. `lineOffset` shifts reported lines (records within a larger file).
 */
export function parseRecord(
  input: string,
  options: { lineOffset?: number } = {},
): ParseRecordResult {
  const diagnostics = new Diagnostics(options.lineOffset ?? 0);
  const fail = (code: string, message: string): ParseRecordResult => {
    diagnostics.error(1, 'file', code, message);
    return { ok: false, record: null, diagnostics: diagnostics.items, findingLines: {} };
  };
  if (typeof input !== 'string') return fail('NOT_TEXT', 'the input is not text');
  if (looksBinary(input))
    return fail('NOT_TEXT', 'this looks like a binary file, not a response record in text');
  if (input.trim() === '') return fail('EMPTY', 'the file is empty');

  const lines = normaliseText(input).split('\n');
  const fields = new Map<HeaderField, FieldValue>();
  const comments: Record<'commissioner' | 'chiefOfficer', SourceLine[]> = {
    commissioner: [],
    chiefOfficer: [],
  };
  const commentHeadingLine: Partial<Record<'commissioner' | 'chiefOfficer', number>> = {};
  let version: number | null = null;
  let current: FieldValue | null = null;
  let inSections = false;
  let inComments: 'commissioner' | 'chiefOfficer' | null = null;

  lines.forEach((raw, index) => {
    const no = index + 1;
    const text = lineText(raw);
    const heading = text ? matchCommentsHeading(text) : null;
    if (heading && !(inComments === 'chiefOfficer' && heading.who === 'commissioner')) {
      if (commentHeadingLine[heading.who] !== undefined) {
        diagnostics.error(
          no,
          heading.who === 'commissioner' ? 'commissionerComments' : 'chiefOfficerComments',
          'DUPLICATE_FIELD',
          `a second "${text}" heading (the first is on line ${commentHeadingLine[heading.who]})`,
        );
      } else commentHeadingLine[heading.who] = no;
      inComments = heading.who;
      current = null;
      return;
    }
    if (inComments) {
      comments[inComments].push({ no, text: raw });
      return;
    }
    if (!text) {
      current?.lines.push({ no, text: '' });
      return;
    }
    if (fields.size === 0 && !current) {
      if (isRecordTitle(text)) return;
      const v = isVersionLine(text);
      if (v) {
        if (v.version && !/^\d{1,4}(\.0)?$/.test(v.version)) {
          diagnostics.error(no, 'version', 'BAD_VERSION', `"${v.version}" is not a version number`);
        } else if (v.version) version = Number.parseInt(v.version, 10) || null;
        return;
      }
    }
    const header = matchHeaderLine(raw);
    // Inside the findings, "Cause of concern: text" is a finding, not the "Causes of concern" section.
    const findingLine = inSections && header?.value && matchFindingPrefix(text) !== null;
    if (header && !findingLine && (!inSections || SECTION_FIELDS.includes(header.field))) {
      const first = fields.get(header.field);
      if (first) {
        diagnostics.error(
          no,
          header.field,
          'DUPLICATE_FIELD',
          `"${header.label}" appears twice (first on line ${first.line}); this one is ignored`,
        );
        current = { label: header.label, line: no, lines: [] }; // swallow its lines
        return;
      }
      current = {
        label: header.label,
        line: no,
        lines: header.value ? [{ no, text: header.value }] : [],
      };
      fields.set(header.field, current);
      if (SECTION_FIELDS.includes(header.field)) inSections = true;
      return;
    }
    if (!current) {
      diagnostics.warn(
        no,
        'header',
        'UNEXPECTED_TEXT',
        `"${text.slice(0, 60)}" is not a field of the record; ignored`,
      );
      return;
    }
    current.lines.push({ no, text: raw });
  });

  const headerEnd = Math.min(...[...fields.values()].map((f) => f.line), lines.length) || 1;
  for (const [field, label] of REQUIRED) {
    const value = fields.get(field);
    if (!value || plainValue(value.lines) === '') {
      diagnostics.error(
        value?.line ?? headerEnd,
        field,
        'MISSING_FIELD',
        `the "${label}" field is missing or empty`,
      );
    }
  }
  if (!fields.has('recommendations') && !fields.has('areasForImprovement')) {
    diagnostics.warn(
      lines.length,
      'findings',
      'NO_FINDINGS_SECTIONS',
      'neither "Recommendations" nor "Areas for improvement" was found; is the file complete?',
    );
  }
  const value = (field: HeaderField) => plainValue(fields.get(field)?.lines ?? []);

  const title = value('title');
  const framework = detectFramework(title);
  const frameworkId = framework?.id ?? null;

  // Organisation
  const orgName = value('organisation');
  const orgField = fields.get('organisation');
  const known = orgName ? findOrganisation(orgName) : null;
  if (orgName && !known) {
    diagnostics.warn(
      orgField!.line,
      'organisation',
      'UNKNOWN_ORGANISATION',
      `"${orgName}" is not a police force or fire and rescue service we know; check the spelling`,
    );
  }
  const orgKind =
    known?.kind ?? (orgField && /fire/i.test(orgField.label) ? 'fire_service' : 'police_force');

  // Office holders
  const commissionerField = fields.get('commissioner');
  const commissioner: OfficeHolder = {
    office: 'commissioner',
    name: value('commissioner'),
    title: commissionerTitle(commissionerField?.label ?? ''),
    from: null,
    to: null,
  };
  const chiefField = fields.get('chiefOfficer');
  const chief: OfficeHolder = {
    office: 'chief_officer',
    ...chiefOfficer(value('chiefOfficer'), chiefField?.label ?? 'Chief Constable'),
    from: null,
    to: null,
  };

  // Report
  let inspectorate = value('inspectorate');
  if (!inspectorate) {
    diagnostics.warn(
      fields.get('inspectorate')?.line ?? headerEnd,
      'inspectorate',
      'MISSING_FIELD',
      'no "Inspectorate" field; HMICFRS assumed',
    );
    inspectorate = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services";
  }
  let publishedOn: string | null = null;
  const publishedText = value('publishedOn');
  if (publishedText) {
    publishedOn = parseHumanDate(publishedText);
    if (!publishedOn)
      diagnostics.error(
        fields.get('publishedOn')!.line,
        'publishedOn',
        'BAD_DATE',
        `"${publishedText}" is not a date (write e.g. 7 February 2020)`,
      );
  }
  let link: string | null = null;
  const linkText = value('link');
  if (linkText) {
    if (WebLink.safeParse(linkText).success) link = linkText;
    else
      diagnostics.error(
        fields.get('link')!.line,
        'link',
        'BAD_LINK',
        `"${linkText}" is not an http(s) link`,
      );
  }
  let type = inferInspectionType(title, frameworkId);
  const typeText = value('type');
  if (typeText) {
    const parsed = parseInspectionType(typeText);
    if (parsed) type = parsed;
    else
      diagnostics.error(
        fields.get('type')!.line,
        'type',
        'UNKNOWN_TYPE',
        `"${typeText}" is not an inspection type`,
      );
  }

  const grades = parseGrades(fields.get('grades')?.lines ?? [], frameworkId, diagnostics);

  // Findings
  let key = 0;
  const nextKey = () => ++key;
  const drafts: DraftFinding[] = [];
  const fieldOf = new Map<number, string>();
  const sectionOrder = SECTION_FIELDS.filter((f) => fields.has(f)).sort(
    (a, b) => fields.get(a)!.line - fields.get(b)!.line,
  );
  const noCommissionerHeading = commentHeadingLine.commissioner === undefined;
  const commissionerSurname = commissioner.name.split(' ').at(-1) ?? '';
  const startsComments = (text: string) =>
    /\b(commissioner|pcc|opcc|pfcc)\b/i.test(text) ||
    (commissionerSurname.length > 2 && text.includes(commissionerSurname));
  let guessedCommentsFrom: number | null = null;
  sectionOrder.forEach((field, i) => {
    const fv = fields.get(field)!;
    const blocks = toBlocks(fv.lines);
    const last = i === sectionOrder.length - 1;
    const result = parseFindingsSection(
      blocks,
      {
        field,
        kind:
          field === 'recommendations'
            ? 'recommendation'
            : field === 'causesOfConcern'
              ? 'cause_of_concern'
              : 'area_for_improvement',
        frameworkId,
        nextKey,
        ...(last && noCommissionerHeading ? { startsComments } : {}),
      },
      diagnostics,
    );
    for (const d of result.findings) fieldOf.set(d.key, field);
    drafts.push(...result.findings);
    if (result.commentsFromLine !== null) {
      guessedCommentsFrom = result.commentsFromLine;
      comments.commissioner = fv.lines.filter((l) => l.no >= result.commentsFromLine!);
      diagnostics.warn(
        result.commentsFromLine,
        'commissionerComments',
        'COMMENTS_START_GUESSED',
        `the commissioner's comments have no heading; they are taken to start here. Add a line "Commissioner's response" above them if that is wrong`,
      );
    }
  });
  if (comments.commissioner.length === 0 && guessedCommentsFrom === null && noCommissionerHeading) {
    diagnostics.warn(
      commentHeadingLine.chiefOfficer ?? lines.length,
      'commissionerComments',
      'NO_COMMISSIONER_COMMENTS',
      "no commissioner's comments were found",
    );
  }
  if (commentHeadingLine.chiefOfficer === undefined) {
    diagnostics.warn(
      lines.length,
      'chiefOfficerComments',
      'NO_CHIEF_OFFICER_COMMENTS',
      `no "Chief Constable's response" heading was found`,
    );
  }
  const findings = finishFindings(drafts, diagnostics, (d) => fieldOf.get(d.key) ?? 'findings');
  const findingLines = Object.fromEntries(findings.map((f) => [f.finding.ref, f.line]));

  if (diagnostics.items.some((d) => d.code === 'MISSING_FIELD' && d.severity === 'error')) {
    return { ok: false, record: null, diagnostics: diagnostics.items, findingLines };
  }

  const record: ResponseRecord = {
    version,
    status: 'draft',
    organisation: { name: orgName, slug: known?.slug ?? null, kind: orgKind },
    commissioner,
    chiefOfficer: chief,
    report: { title, inspectorate, type, framework: frameworkId, publishedOn, link },
    summary: richFromLines(fields.get('summary')?.lines ?? []),
    grades,
    findings: findings.map((f) => f.finding),
    commissionerComments: richFromLines(comments.commissioner),
    chiefOfficerComments: richFromLines(comments.chiefOfficer),
  };

  const schema = ResponseRecord.safeParse(record);
  if (!schema.success) {
    for (const issue of schema.error.issues) {
      const path = issue.path.join('.');
      const ref =
        issue.path[0] === 'findings' ? record.findings[Number(issue.path[1])]?.ref : undefined;
      diagnostics.error(
        ref ? (findingLines[ref] ?? headerEnd) : headerEnd,
        path,
        'INVALID_VALUE',
        `${path}: ${issue.message}`,
      );
    }
  }
  for (const v of validateRecord(record)) {
    const line = v.ref
      ? (findingLines[v.ref] ?? headerEnd)
      : (fields.get('grades')?.line ?? headerEnd);
    diagnostics.add(v.severity, line, v.path, v.code, v.message);
  }
  return { ok: !diagnostics.hasErrors, record, diagnostics: diagnostics.items, findingLines };
}

/** Labels after which the rest of an HTML line is one body (an update, an explanation). */
function opensBody(text: string): number | null {
  return (
    matchUpdateLabel(text)?.length ?? matchAcceptance(text)?.length ?? matchExplanationLabel(text)
  );
}

function toBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  for (const { no, text } of lines) {
    if (!text.trim()) continue;
    const content = text.trimStart().startsWith('\\') ? text.trimStart().slice(1) : text;
    if (isHtmlLine(content)) blocks.push(...htmlBlocks(no, text, opensBody));
    else blocks.push(plainBlock(no, text));
  }
  return blocks;
}
