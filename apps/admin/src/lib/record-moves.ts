import type { PublicationEvent, PublicationStatus } from '@irr/domain';

/**
 * The publication moves that pass through "check your answers" (`/records/:id/check/:move`)
 * before they are made: each one's URL name, the move it asks the server for, and its words.
 */
export interface CheckedMove {
  /** In the URL: `/records/:id/check/publish`. */
  slug: string;
  from: PublicationStatus;
  to: PublicationStatus;
  event: PublicationEvent;
  /** The button that opens the check, and the one that confirms it: "Publish". */
  label: string;
  /** Mid-sentence: "Check before you publish". */
  verb: string;
  /** What the record page says once it is done (publish ends on its own page instead). */
  done: string;
}

const CHECKED_MOVES: readonly CheckedMove[] = [
  {
    slug: 'submit',
    from: 'draft',
    to: 'in_review',
    event: 'submitted',
    label: 'Submit for review',
    verb: 'submit it for review',
    done: 'Submitted for review. The approvers have been told.',
  },
  {
    slug: 'withdraw-submission',
    from: 'in_review',
    to: 'draft',
    event: 'submission_withdrawn',
    label: 'Withdraw the submission',
    verb: 'withdraw the submission',
    done: 'Submission withdrawn: the record is a draft again, and the approvers have been told.',
  },
  {
    slug: 'approve',
    from: 'in_review',
    to: 'approved',
    event: 'approved',
    label: 'Approve',
    verb: 'approve it',
    done: 'Approved. It can now be published.',
  },
  {
    slug: 'publish',
    from: 'approved',
    to: 'published',
    event: 'published',
    label: 'Publish',
    verb: 'publish it',
    done: 'Published.',
  },
];

/** The checked move this lifecycle move is, if it is one. */
export function checkedMove(event: PublicationEvent): CheckedMove | undefined {
  return CHECKED_MOVES.find((m) => m.event === event);
}

export function checkedMoveBySlug(slug: string | undefined): CheckedMove | undefined {
  return CHECKED_MOVES.find((m) => m.slug === slug);
}

/** What a screen needs to say what the move will do. */
export interface MoveSubject {
  organisationName: string;
  reportTitle: string;
  draftVersion: number;
  latestPublishedVersion: number | null;
  /** The public page's path the version will have once published. */
  publicPath: string;
}

/** "What will happen", a paragraph each, in the user's words. */
export function consequences(move: CheckedMove, s: MoveSubject): string[] {
  const response = `version ${s.draftVersion} of ${s.organisationName}'s response to "${s.reportTitle}"`;
  switch (move.event) {
    case 'submitted':
      return [
        `Submitting sends ${response} to the organisation's approvers for review; they are told by email and in the app.`,
        'While it is in review nobody can edit it (progress updates can still be added to findings). You can withdraw the submission until an approver starts reviewing it.',
      ];
    case 'submission_withdrawn':
      return [
        `Withdrawing takes ${response} back to draft, so it can be edited again. The approvers are told it needs no review now.`,
        'Submit it again when it is ready.',
      ];
    case 'approved':
      return [
        `Approving records that you have checked ${response}. It is not public yet: it is published as the next step.`,
        'Any edit after approval takes it back to draft, and a public update or status change takes it back to review.',
      ];
    case 'published':
      return [
        `Publishing makes ${response} public on the register at ${s.publicPath}.`,
        "The public will see the response, the commissioner's and chief officer's comments, each finding with its response and its public updates; never internal updates, owners' names or drafts.",
        s.latestPublishedVersion === null
          ? "The date it is first published is recorded as the response's publication date. The published version cannot be changed afterwards: a correction is a new version."
          : `It replaces version ${s.latestPublishedVersion} as the version the public sees; version ${s.latestPublishedVersion} stays in the version history. The published version cannot be changed afterwards: a correction is a new version.`,
      ];
    default:
      return [];
  }
}
