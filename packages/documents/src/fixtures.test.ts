import { readFileSync, readdirSync } from 'node:fs';
import {
  richTextToPlainText,
  type Finding,
  type Grade,
  type RecordDiagnostic,
  type ResponseRecord,
  type SubItem,
} from '@irr/domain';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';

// Each office's response as it really published it, in the four formats offices hold
// (fixtures/README.md says how each was made). expected.json is written by hand from the document, never
// from the parser: a failing test here is the parser or an adapter losing or misreading something.

const FIXTURES = new URL('../fixtures/', import.meta.url);
const FORMATS = ['txt', 'html', 'docx', 'pdf'] as const;
/** Diagnostic codes that flag content the reader could not place in a field. */
const UNPLACED = new Set(['UNEXPECTED_TEXT', 'UNPLACED_TEXT']);

type ExpectedText = string | { startsWith: string };

interface ExpectedFinding {
  kind: Finding['kind'];
  reference: string | null;
  title?: string | null;
  group?: { pillar: string | null; area: string | null };
  text: string;
  /** The `reference` of the cause of concern this recommendation belongs to. */
  cause?: string | null;
  subItems?: string[];
  /** Where the document states it (a findings table's status column). */
  status?: Finding['status'];
  updates: {
    date: string | null;
    datePrecision: 'day' | 'month';
    author: string;
    text: ExpectedText;
  }[];
}

interface Expected {
  checks: string[];
  organisation: { name: string; slug: string | null; kind: string };
  commissioner: { title: string; name: string };
  chiefOfficer: { title: string; name: string };
  report: { title: string; publishedOn?: string | null };
  /** The office's own version label; left out where the document's "Version" is our own number. */
  documentVersion?: string | null;
  grades: Grade[];
  findings: ExpectedFinding[];
  unplacedText: string[];
}

const plain = (html: string) => richTextToPlainText(html).replace(/\s+/g, ' ').trim();

/** Sub-items in reading order, nested ones after their parent. */
const flatten = (items: readonly SubItem[]): string[] =>
  items.flatMap((item) => [plain(item.text), ...flatten(item.children)]);

const textMatches = (actual: string, expected: ExpectedText) =>
  typeof expected === 'string' ? actual === expected : actual.startsWith(expected.startsWith);

/** The draft in the shape of expected.json, keeping only what the fixture states. */
function seen(record: ResponseRecord, expected: Expected) {
  const referenceOf = new Map(record.findings.map((f) => [f.ref, f.reference]));
  return {
    organisation: record.organisation,
    commissioner: { title: record.commissioner.title, name: record.commissioner.name },
    chiefOfficer: { title: record.chiefOfficer.title, name: record.chiefOfficer.name },
    report: {
      title: record.report.title,
      ...('publishedOn' in expected.report && { publishedOn: record.report.publishedOn }),
    },
    ...('documentVersion' in expected && { documentVersion: record.documentVersion }),
    grades: record.grades,
    findings: record.findings.map((f, i) => {
      const want = expected.findings[i];
      const updates = f.updates.map((u, j) => {
        const text = plain(u.text);
        const wanted = want?.updates[j]?.text;
        return {
          date: u.date,
          datePrecision: u.datePrecision,
          author: u.author,
          // Shown as expected when it matches, so a diff shows only what is really wrong.
          text: wanted !== undefined && textMatches(text, wanted) ? wanted : text,
        };
      });
      return {
        kind: f.kind,
        reference: f.reference,
        title: f.title,
        ...(want?.group && { group: { pillar: f.group.pillar, area: f.group.area } }),
        text: plain(f.text),
        cause: f.causeOfConcernRef === null ? null : (referenceOf.get(f.causeOfConcernRef) ?? null),
        subItems: flatten(f.subItems),
        ...(want?.status !== undefined && { status: f.status }),
        updates,
      };
    }),
  };
}

function wanted(expected: Expected) {
  return {
    organisation: expected.organisation,
    commissioner: expected.commissioner,
    chiefOfficer: expected.chiefOfficer,
    report: expected.report,
    ...('documentVersion' in expected && { documentVersion: expected.documentVersion }),
    grades: expected.grades,
    findings: expected.findings.map((f) => ({
      kind: f.kind,
      reference: f.reference,
      title: f.title ?? null,
      ...(f.group && { group: f.group }),
      text: f.text,
      cause: f.cause ?? null,
      subItems: f.subItems ?? [],
      ...(f.status !== undefined && { status: f.status }),
      updates: f.updates,
    })),
  };
}

const where = (d: RecordDiagnostic) =>
  `${d.page === undefined ? '' : `page ${d.page} `}${d.paragraph === undefined ? `line ${d.line}` : `paragraph ${d.paragraph}`} ${d.code}: ${d.message}`;

const offices = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'make')
  .map((entry) => entry.name)
  .sort();

describe.each(offices)('the %s fixture', (office) => {
  const expected = JSON.parse(
    readFileSync(new URL(`${office}/expected.json`, FIXTURES), 'utf8'),
  ) as Expected;

  it.each(FORMATS)(`imports from .%s: ${expected.checks.join('; ')}`, async (format) => {
    const fileName = `${office}.${format}`;
    const bytes = new Uint8Array(readFileSync(new URL(`${office}/${fileName}`, FIXTURES)));
    const { records } = await readDocument(bytes, fileName);

    expect(records).toHaveLength(1);
    const [only] = records;
    const diagnostics = only!.diagnostics;
    expect.soft(diagnostics.filter((d) => d.severity === 'error').map(where)).toEqual([]);
    // Each flagged text as the fixture names it when its message quotes it, else the whole message.
    const unplaced = diagnostics
      .filter((d) => UNPLACED.has(d.code))
      .map((d) => expected.unplacedText.find((t) => d.message.includes(t)) ?? where(d));
    expect.soft(unplaced).toEqual(expected.unplacedText);
    expect(only!.record, 'no draft was read').not.toBeNull();
    expect(seen(only!.record!, expected)).toEqual(wanted(expected));
  });
});
