import type { Framework, FrameworkPillar, FrameworkQuestion } from './framework-types.js';
import { FRAMEWORKS, getFramework, getQuestion } from './frameworks.js';
import { foldForMatch, trimHeading } from './text.js';

/** What a heading line in a record names. Pillar names are canonical; areas are as written. */
export interface GroupHeadingMatch {
  pillar: string | null;
  area: string | null;
  questionId: string | null;
}

type Entry = { pillar: FrameworkPillar } | { question: FrameworkQuestion };

interface HeadingIndex {
  /** Every wording of a pillar or question, folded. Data tests make sure no two share a key. */
  entries: ReadonlyMap<string, Entry>;
  /** A pillar name opening a line, then a separator or space: "EFFECTIVENESS Investigating Crime". */
  pillarPrefixes: readonly { pillar: FrameworkPillar; prefix: RegExp }[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildIndex(framework: Framework): HeadingIndex {
  const entries = new Map<string, Entry>();
  const add = (texts: readonly (string | null)[], entry: Entry) => {
    for (const t of texts) if (t) entries.set(foldForMatch(t), entry);
  };
  for (const pillar of framework.pillars) {
    add([pillar.name, pillar.question, ...pillar.otherWordings], { pillar });
  }
  for (const question of [...framework.pillars.flatMap((p) => p.questions), ...framework.areas]) {
    add([question.text, ...question.otherWordings, ...question.shortHeadings], { question });
  }
  const pillarPrefixes = framework.pillars.map((pillar) => {
    const name = escapeRegExp(pillar.name).replace(/\s+/g, '\\s+');
    return { pillar, prefix: new RegExp(`^${name}(?:\\s*[:\\-–—|/]\\s*|\\s+)(.+)$`, 'iu') };
  });
  return { entries, pillarPrefixes };
}

const INDEXES: ReadonlyMap<string, HeadingIndex> = new Map(
  FRAMEWORKS.map((f) => [f.id, buildIndex(f)]),
);

// Headings are short; a long line is prose and not worth folding.
const LONGEST_HEADING = 300;

function matchIn(framework: Framework, written: string): GroupHeadingMatch | null {
  const index = INDEXES.get(framework.id);
  if (!index) return null;
  const whole = index.entries.get(foldForMatch(written));
  if (whole && 'pillar' in whole)
    return { pillar: whole.pillar.name, area: null, questionId: null };
  if (whole) return { pillar: null, area: written, questionId: whole.question.id };

  for (const { pillar, prefix } of index.pillarPrefixes) {
    const m = prefix.exec(written);
    const rest = m?.[1] ? trimHeading(m[1]) : '';
    const entry = rest ? index.entries.get(foldForMatch(rest)) : undefined;
    if (entry && 'question' in entry)
      return { pillar: pillar.name, area: rest, questionId: entry.question.id };
  }
  return null;
}

/**
 * Reads a group heading from a record. An area heading on its own returns `pillar: null`: the
 * caller keeps the pillar of the heading above, as records write it, and can find the pillar the
 * question belongs to through `findQuestion(...).pillarId`. With no framework (or one we do not
 * hold) every framework is searched, newest first. Null for anything that is not a known pillar
 * or area, such as an ordinary sentence.
 */
export function matchGroupHeading(
  text: string,
  frameworkId: string | null,
): GroupHeadingMatch | null {
  const written = trimHeading(text);
  if (!written || written.length > LONGEST_HEADING) return null;
  const known = frameworkId === null ? null : getFramework(frameworkId);
  for (const framework of known ? [known] : FRAMEWORKS) {
    const match = matchIn(framework, written);
    if (match) return match;
  }
  return null;
}

/** The full question a heading stands for: "Investigating Crime" -> the 2018/19 question on investigating crime. */
export function findQuestion(
  frameworkId: string | null,
  heading: string,
): FrameworkQuestion | null {
  const match = matchGroupHeading(heading, frameworkId);
  return match?.questionId ? getQuestion(match.questionId) : null;
}
