import type { GradeScale } from '../model/index.js';

export type FrameworkService = 'police' | 'fire';

/** A core question or graded area. `id` is stable: records store it as `questionId`. */
export interface FrameworkQuestion {
  id: string;
  /** Null for the areas of PEEL 2021/22 onwards, which sit under no pillar. */
  pillarId: string | null;
  /** The full official wording (a question, or the area's title where HMICFRS grades a named area). */
  text: string;
  /** Short forms offices and reports use as headings ("Investigating Crime"). */
  shortHeadings: readonly string[];
  /** Other official wordings of the same question within the cycle (earlier years, inspection guidance). */
  otherWordings: readonly string[];
  /** False where HMICFRS reported on the question without grading it. */
  graded: boolean;
}

export interface FrameworkPillar {
  id: string;
  /** Canonical name, as records should hold it: "Effectiveness". */
  name: string;
  /** The pillar's headline question, where it has one. */
  question: string | null;
  otherWordings: readonly string[];
  /** False where the pillar structures the report but carries no grade of its own. */
  graded: boolean;
  questions: readonly FrameworkQuestion[];
}

/** One inspection cycle's structure: versioned reference data, not an enum. */
export interface Framework {
  id: string;
  name: string;
  service: FrameworkService;
  scale: GradeScale;
  /** First year of the cycle, for "newest first" ordering. */
  startYear: number;
  pillars: readonly FrameworkPillar[];
  /** Graded areas with no pillar (PEEL 2021/22 onwards). */
  areas: readonly FrameworkQuestion[];
  /** What a user should know about the cycle's structure. */
  note: string;
}

interface QuestionSpec {
  slug: string;
  text: string;
  short?: readonly string[];
  other?: readonly string[];
  graded?: boolean;
}

interface PillarSpec {
  id: string;
  name: string;
  question: string | null;
  other?: readonly string[];
  graded?: boolean;
  questions: readonly QuestionSpec[];
}

function question(prefix: string, pillarId: string | null, spec: QuestionSpec): FrameworkQuestion {
  return {
    id: `${prefix}/${spec.slug}`,
    pillarId,
    text: spec.text,
    shortHeadings: spec.short ?? [],
    otherWordings: spec.other ?? [],
    graded: spec.graded ?? true,
  };
}

/** Builds ids from the framework id down, so data files list only names and wordings. */
export function defineFramework(spec: {
  id: string;
  name: string;
  service: FrameworkService;
  scale: GradeScale;
  startYear: number;
  note: string;
  pillars?: readonly PillarSpec[];
  areas?: readonly QuestionSpec[];
}): Framework {
  return {
    id: spec.id,
    name: spec.name,
    service: spec.service,
    scale: spec.scale,
    startYear: spec.startYear,
    note: spec.note,
    pillars: (spec.pillars ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      question: p.question,
      otherWordings: p.other ?? [],
      graded: p.graded ?? true,
      questions: p.questions.map((q) => question(`${spec.id}/${p.id}`, p.id, q)),
    })),
    areas: (spec.areas ?? []).map((q) => question(spec.id, null, q)),
  };
}
