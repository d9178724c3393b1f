import { digestFrequencyOf, notificationsOf } from '@irr/db/repositories';
import { DEFAULT_DIGEST } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { signedInPerson } from './signed-in-person.js';

/** How many of the newest notifications the list shows. */
const SHOWN = 50;

/** The signed-in person's own notifications, newest first, with how many are unread, and their digest. */
export async function listMyNotifications(uc: UseCaseContext) {
  const userId = signedInPerson(uc);
  const { items, unread } = await notificationsOf(uc.db, userId, SHOWN);
  return {
    unread,
    digest: (await digestFrequencyOf(uc.db, userId)) ?? DEFAULT_DIGEST,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      line: n.line,
      link: n.link,
      createdAt: n.createdAt,
      read: n.readAt !== null,
    })),
  };
}
