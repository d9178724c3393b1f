import type { NotificationKind } from './notification.js';

/** What a notification names: titles and references a recipient may read, never a finding's or update's text. */
export interface NotificationSubject {
  kind: NotificationKind;
  organisationName: string;
  reportTitle: string;
  /** For a finding: its reference in the record (e.g. "R3"). */
  findingRef?: string | null;
  /** Who did it, by the name they show to colleagues. */
  actorName: string;
}

/** The one line a notification says, in the app and as the mail's subject. */
export function notificationLine(s: NotificationSubject): string {
  const response = `${s.organisationName}'s response to "${s.reportTitle}"`;
  switch (s.kind) {
    case 'review_requested':
      return `${s.actorName} asks you to review ${response}`;
    case 'changes_requested':
      return `${s.actorName} asked for changes to ${response}`;
    case 'submission_withdrawn':
      return `${s.actorName} withdrew ${response} from review: it needs no review now`;
    case 'approved':
      return `${s.actorName} approved ${response}`;
    case 'published':
      return `${s.actorName} published ${response}`;
    case 'finding_assigned':
      return `${s.actorName} made you the owner of ${s.findingRef ?? 'a finding'} in ${response}`;
  }
}
