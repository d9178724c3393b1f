import { isFinished } from '../clock/finding-schedule.js';
import type { FindingStatus } from '../model/index.js';
import { acceptanceGaps, type PublicationFinding } from './acceptance-check.js';
import { isBlankText, type LifecycleError, type LifecycleErrorCode } from './errors.js';
import {
  findPublicationTransition,
  publicationGuardFailures,
  type PublicationEvent,
  type PublicationTransitionInput,
} from './publication.js';

/** What a preview needs of each finding besides its acceptance: whether it is still open, and its owner. */
export interface ReadinessFinding extends PublicationFinding {
  status: FindingStatus | null;
  ownerUserId: string | null;
}

export interface PublicationReadinessInput extends PublicationTransitionInput {
  findings: readonly ReadinessFinding[] | null;
}

/**
 * How much an item holds the record up:
 * - `now`: the server refuses this move until it is put right;
 * - `for_approval`: this move goes ahead, but approval will be refused until it is put right;
 * - `advice`: nothing refuses it, but it is worth putting right.
 */
export type ReadinessSeverity = 'now' | 'for_approval' | 'advice';

export interface ReadinessItem {
  code: LifecycleErrorCode | 'OWNER_MISSING';
  severity: ReadinessSeverity;
  /** In the user's words, naming the finding's ref where it is about one. */
  message: string;
  /** The finding it is about, by its ref in the record. */
  findingRef: string | null;
  /**
   * What to change: `acceptance`, `explanation`, `owner` (of `findingRef`), `reportPublishedOn`
   * or `dateUnknownReason` (the report's date, or why it is not known), `reason`; null when
   * nothing the user can change puts it right (another approver must approve).
   */
  field: string | null;
}

export interface PublicationReadiness {
  /** The move the request names, or null when the table has none this person may make. */
  event: PublicationEvent | null;
  /** In order: the refusals of this move, then what approval will need, then advice. */
  items: ReadinessItem[];
}

const SEVERITY_ORDER: readonly ReadinessSeverity[] = ['now', 'for_approval', 'advice'];

/**
 * A preview of a publication move for the "check your answers" step: what is missing, in the
 * user's words, each with the finding and field to fix. It runs the same table, guards and
 * acceptance check as `checkPublicationTransition`, so a move is refused exactly when an item is
 * `now` (and the first of them is the check's refusal); it lists them all, not only the first,
 * and adds what a later approval will need and what is worth doing (open findings with no owner).
 * The server checks again when the move is made.
 *
 * @example
 * const { items } = publicationReadiness({ from: 'draft', to: 'in_review', actorRole: 'editor', ... });
 * // [{ code: 'ACCEPTANCE_MISSING', severity: 'for_approval', findingRef: 'R3', field: 'acceptance', ... }]
 */
export function publicationReadiness(input: PublicationReadinessInput): PublicationReadiness {
  const found = findPublicationTransition(input);
  if (!found.ok) return { event: null, items: [plain(found.error, 'now')] };
  const event = found.value.event;
  const items = publicationGuardFailures(found.value, input).flatMap((f) =>
    itemsOf(f, input, 'now'),
  );
  if (event === 'submitted') items.push(...approvalNeeds(input));
  if (event === 'published' && isBlankText(input.reportPublishedOn)) {
    items.push({
      code: 'REPORT_DATE_UNKNOWN',
      severity: 'advice',
      message:
        "The report's publication date is not known, so the response's statutory deadline cannot be worked out",
      findingRef: null,
      field: 'reportPublishedOn',
    });
  }
  if (event === 'submitted' || event === 'approved' || event === 'published')
    items.push(...ownersMissing(input.findings ?? []));
  return {
    event,
    items: items.sort(
      (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
    ),
  };
}

function plain(error: LifecycleError, severity: ReadinessSeverity): ReadinessItem {
  return {
    code: error.code,
    severity,
    message: error.message,
    findingRef: null,
    field: error.code === 'SELF_APPROVAL' ? null : (error.field ?? null),
  };
}

/** A refusal as items: one per recommendation for the acceptance check, else the refusal itself. */
function itemsOf(
  error: LifecycleError,
  input: PublicationReadinessInput,
  severity: ReadinessSeverity,
): ReadinessItem[] {
  if (error.code !== 'ACCEPTANCE_MISSING' || input.findings === null)
    return [plain(error, severity)];
  return acceptanceGaps(input.findings).map((gap) => ({
    code: 'ACCEPTANCE_MISSING',
    severity,
    message:
      gap.lacks === 'acceptance'
        ? `${gap.ref} has no response: say whether it is accepted, partially accepted or not accepted, and why`
        : `${gap.ref}'s response has no explanation: say what action has been or will be taken, or why none`,
    findingRef: gap.ref,
    field: gap.lacks,
  }));
}

/**
 * What approval will refuse, seen at submission: the acceptance check and the report's date (an
 * approver can give the reason it is unknown, so that one is put to the editor as the date).
 */
function approvalNeeds(input: PublicationReadinessInput): ReadinessItem[] {
  const later = { ...input, from: 'in_review', to: 'approved', event: 'approved' } as const;
  const found = findPublicationTransition({ ...later, actorRole: 'approver' });
  if (!found.ok) return [];
  return publicationGuardFailures(found.value, { ...later, actorChangedVersion: false }).flatMap(
    (failure) =>
      failure.code === 'REPORT_DATE_UNKNOWN'
        ? [
            {
              code: failure.code,
              severity: 'for_approval' as const,
              message:
                "The report's publication date is not known: the approver will need it, or the reason it is not known",
              findingRef: null,
              field: 'reportPublishedOn',
            },
          ]
        : itemsOf(failure, input, 'for_approval'),
  );
}

/** Open findings nobody owns: no one is told when they fall due. */
function ownersMissing(findings: readonly ReadinessFinding[]): ReadinessItem[] {
  return findings
    .filter((f) => f.ownerUserId === null && (f.status === null || !isFinished(f.status)))
    .map((f) => ({
      code: 'OWNER_MISSING' as const,
      severity: 'advice' as const,
      message: `${f.ref} has no owner, so nobody is reminded when it falls due`,
      findingRef: f.ref,
      field: 'owner',
    }));
}
