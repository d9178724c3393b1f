import type { UpdateAuthor } from '../model/index.js';
import { mayBeDate } from './update-dates.js';

export interface UpdateLabel {
  author: UpdateAuthor;
  internal: boolean;
  dateText: string | null;
  /** Length of the label in the plain text, to strip it from the block. */
  length: number;
}

/** Words before "update" that may be written in lower case; any other word must be capitalised. */
const LOWER_CASE_WORDS = new Set([
  'force',
  'service',
  'progress',
  'police',
  'office',
  'opcc',
  'pcc',
]);
/** Words before "response" that make it the force's or service's update, not a comments heading. */
const RESPONDERS = /^(force|police|constabulary|service)$/i;

const HEAD = /^\s*((?:[\p{L}\p{N}'’&.-]+\s+){0,4}?)(updates?|response)\b/iu;

/** Who wrote an update, from the words before "update": the force (or service) unless they say otherwise. */
function authorOf(words: readonly string[]): UpdateAuthor {
  const folded = words.map((w) => w.toLowerCase().replace(/[’']s?$/, ''));
  if (folded.some((w) => /^(hmicfrs|hmic|inspectorate)$/.test(w))) return 'hmicfrs';
  if (folded.some((w) => /^(opcc|pcc|pfcc|opfcc|commissioner|mayor|mopac|deputy)$/.test(w)))
    return 'opcc';
  return 'force';
}

/**
 * "Force Update:", "Service Update", "OPCC update (12 March 2021):", "GMP update, 1 July 2021:",
 * "Force Update (July 2023):", "Update – March 2022", "Progress update 12/03/2021", "Force response:",
 * "HMICFRS update, 01/04/2022 (internal):". The label ends at a colon or the end of the line, so prose
 * such as "Force updates are published monthly." stays prose.
 */
export function matchUpdateLabel(text: string): UpdateLabel | null {
  const head = HEAD.exec(text);
  if (!head) return null;
  const words = head[1]!.trim().split(/\s+/).filter(Boolean);
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || LOWER_CASE_WORDS.has(w.toLowerCase())))
    return null;
  const last = words.at(-1) ?? '';
  if (/^response$/i.test(head[2]!) && !RESPONDERS.test(last) && !/^[A-Z]{2,6}$/.test(last))
    return null;
  const tail = readTail(text.slice(head[0].length));
  if (!tail) return null;
  return {
    author: authorOf(words),
    internal: tail.internal,
    dateText: tail.dateText,
    length: head[0].length + tail.length,
  };
}

const INTERNAL = /^\s*\(\s*internal\s*\)/i;
const END = /^\s*(?::\s*|\s*$)/;

/** After "update": an optional date (in brackets, or after a comma, dash or space), "(internal)", then ":" or the end. */
function readTail(
  tail: string,
): { dateText: string | null; internal: boolean; length: number } | null {
  let rest = tail;
  let dateText: string | null = null;
  let internal = false;
  const bracket = /^\s*\(\s*([^()]*?)\s*\)/.exec(rest);
  const loose =
    /^\s*(?:,|\s[-–—]|[-–—]|\s)\s*(?:(?:as at|as of|at|on)\s+)?([^:()]*?)(?=\s*(?:\(internal\)|:|$))/i.exec(
      rest,
    );
  if (bracket) {
    dateText = bracket[1] || null;
    rest = rest.slice(bracket[0].length);
  } else if (loose && loose[1] && !INTERNAL.test(rest)) {
    if (!mayBeDate(loose[1]) || loose[1].split(/\s+/).length > 6) return null;
    dateText = loose[1];
    rest = rest.slice(loose[0].length);
  }
  if (dateText && /^internal$/i.test(dateText)) {
    dateText = null;
    internal = true;
  }
  const flag = INTERNAL.exec(rest);
  if (flag) {
    internal = true;
    rest = rest.slice(flag[0].length);
  }
  const end = END.exec(rest);
  if (!end) return null;
  return { dateText, internal, length: tail.length - rest.length + end[0].length };
}
