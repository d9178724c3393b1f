import type { PublicationStatus } from '@irr/domain';
import type { RecordFate } from './plan.js';
import type { Actor, Step } from './story.js';

/** The publication lifecycle of a record, by the days after its report was published. */
export function recordSteps(fate: RecordFate, day: (n: number) => string): Step[] {
  const record = (on: string, as: Actor, to: PublicationStatus, reason?: string): Step => ({
    on,
    as,
    kind: 'record',
    to,
    ...(reason && { reason }),
  });
  const dates: Step = {
    on: day(26),
    as: 'editor',
    kind: 'dates',
    dates: { commentsRequestedOn: day(3), commentsDueOn: day(24), commentsReceivedOn: day(21) },
  };
  const publish = (late: boolean): Step[] => {
    const at = late ? 62 : 40;
    return [
      record(day(at), 'editor', 'in_review'),
      record(day(at + 4), 'approver', 'approved'),
      record(day(at + 8), 'approver', 'published'),
      // Once published, the recorded dates are the approver's to set (DESIGN §6).
      {
        on: day(at + 10),
        as: 'approver',
        kind: 'dates',
        dates: { sentToHmicfrsOn: day(at + 10), sentToHomeSecretaryOn: day(at + 10) },
      },
    ];
  };
  switch (fate) {
    case 'draft':
      return [dates];
    case 'not_required':
      return [
        {
          on: day(10),
          as: 'editor',
          kind: 'dates',
          dates: {
            notRequiredReason:
              'HMICFRS confirmed that this report makes no recommendation to the force and asks for no response.',
          },
        },
      ];
    case 'changes_requested':
      return [
        dates,
        record(day(27), 'editor', 'in_review'),
        record(
          day(29),
          'approver',
          'draft',
          'Recommendation 1 still needs the office’s response and explanation before this can be approved.',
        ),
      ];
    case 'in_review':
      return [dates, record(day(40), 'editor', 'in_review')];
    case 'approved':
      return [
        dates,
        record(day(40), 'editor', 'in_review'),
        record(day(44), 'approver', 'approved'),
      ];
    case 'published':
    case 'published_late':
      return [dates, ...publish(fate === 'published_late')];
    case 'withdrawn':
      return [
        dates,
        ...publish(false),
        record(
          day(120),
          'approver',
          'withdrawn',
          'Withdrawn because it was published with another report’s action plan attached; a corrected response will follow.',
        ),
      ];
    case 'republished':
      return [
        dates,
        ...publish(false),
        record(day(300), 'editor', 'draft'),
        {
          on: day(301),
          as: 'editor',
          kind: 'summary_note',
          text: 'This version adds the progress made in the year since the first response.',
        },
        record(day(305), 'editor', 'in_review'),
        record(day(308), 'approver', 'approved'),
        record(day(310), 'approver', 'published'),
      ];
    case 'new_version_draft':
      return [
        dates,
        ...publish(false),
        record(day(400), 'editor', 'draft'),
        {
          on: day(401),
          as: 'editor',
          kind: 'summary_note',
          text: 'A new version is being prepared with the latest progress on each finding.',
        },
      ];
  }
}
