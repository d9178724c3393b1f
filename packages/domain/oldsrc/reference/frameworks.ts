import type { Framework, FrameworkQuestion } from './framework-types.js';
import { FIRE_2018_19, FIRE_2021_22, FIRE_2023_25 } from './fire.js';
import { PEEL_2021_22, PEEL_2023_25 } from './peel-areas.js';
import { PEEL_2014_17 } from './peel-2014-17.js';
import { PEEL_2018_19 } from './peel-2018-19.js';

/** Every known framework, newest first; police before fire within a year, as most records are s55 responses. */
export const FRAMEWORKS: readonly Framework[] = [
  PEEL_2023_25,
  FIRE_2023_25,
  PEEL_2021_22,
  FIRE_2021_22,
  PEEL_2018_19,
  FIRE_2018_19,
  PEEL_2014_17,
];

const byId = new Map(FRAMEWORKS.map((f) => [f.id, f]));

export function getFramework(id: string): Framework | null {
  return byId.get(id) ?? null;
}

/** Pillar questions then pillarless areas, in report order. */
export function frameworkQuestions(framework: Framework): FrameworkQuestion[] {
  return [...framework.pillars.flatMap((p) => p.questions), ...framework.areas];
}

const questionsById = new Map(
  FRAMEWORKS.flatMap((f) => frameworkQuestions(f).map((q) => [q.id, q] as const)),
);

export function getQuestion(id: string): FrameworkQuestion | null {
  return questionsById.get(id) ?? null;
}

/** The cycle a year or span names: "2018/19", "2018-19", "2023–25", "2023 to 2025", "2016". */
const CYCLE = /\b(20\d\d)(?:\s*(?:\/|-|–|—|to)\s*(?:20)?(\d\d))?\b/g;

const POLICE_CYCLES: ReadonlyMap<number, string> = new Map([
  [2014, 'peel-2014-17'],
  [2015, 'peel-2014-17'],
  [2016, 'peel-2014-17'],
  [2017, 'peel-2014-17'],
  [2018, 'peel-2018-19'],
  [2019, 'peel-2018-19'],
  [2021, 'peel-2021-22'],
  [2022, 'peel-2021-22'],
  [2023, 'peel-2023-25'],
  [2024, 'peel-2023-25'],
]);
const FIRE_CYCLES: ReadonlyMap<number, string> = new Map([
  [2018, 'fire-2018-19'],
  [2019, 'fire-2018-19'],
  [2021, 'fire-2021-22'],
  [2022, 'fire-2021-22'],
  [2023, 'fire-2023-25'],
  [2024, 'fire-2023-25'],
]);

// A year alone says nothing: thematic reports carry years too. The title must also name the programme.
const FIRE_PROGRAMME =
  /\bfire\b.*\b(?:inspection|effectiveness|efficiency)\b|effectiveness,? efficiency and people/i;
const POLICE_PROGRAMME =
  /\bpeel\b|\bpolice (?:effectiveness|efficiency|legitimacy|leadership)\b|effectiveness,? efficiency and legitimacy/i;

/**
 * The framework a report title names, e.g. "Police effectiveness, efficiency and legitimacy 2018/19
 * An inspection of Staffordshire Police" -> PEEL 2018/19. Null for thematic and other reports, and for
 * cycles not held here (2025–27 onwards): better no framework than the wrong one.
 */
export function detectFramework(title: string): Framework | null {
  const text = title.normalize('NFKC').replace(/\s+/g, ' ');
  // Police first: a PEEL title can mention the fire inspectorate's name, never the reverse.
  const cycles = POLICE_PROGRAMME.test(text)
    ? POLICE_CYCLES
    : FIRE_PROGRAMME.test(text)
      ? FIRE_CYCLES
      : null;
  if (!cycles) return null;
  for (const m of text.matchAll(CYCLE)) {
    const start = Number(m[1]);
    const end = m[2] === undefined ? null : 2000 + Number(m[2]);
    // A span must run forward a year or two; "2025-27" and later cycles are not ours to guess.
    if (end !== null && (end <= start || end > start + 3)) continue;
    if (end !== null && end > 2025) return null;
    const id = cycles.get(start);
    if (id) return getFramework(id);
  }
  return null;
}
