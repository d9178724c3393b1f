import { markNotificationsRead } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';
import { signedInPerson } from './signed-in-person.js';

/** Marks the person's own notifications read: these, or all when `ids` is null. Others' ids change nothing. */
export async function markNotificationsReadFor(
  uc: UseCaseContext,
  input: { ids: string[] | null },
): Promise<{ marked: number }> {
  return { marked: await markNotificationsRead(uc.db, signedInPerson(uc), input.ids, uc.now()) };
}
