import { randomUUID } from 'node:crypto';
import { createCaller, noCookies, type SessionUser } from '@irr/api';
import type { Db } from '@irr/db';
import { addMember } from '../cli/members.js';
import { ensureOrganisationBySlug } from '../cli/organisations.js';
import type { DemoAccount } from './demo-users.js';

export type Caller = ReturnType<typeof createCaller>;
export type ShownAccount = Omit<DemoAccount, 'passwordHash'>;

/**
 * The demo forces and their staff inside the loading transaction, and an API caller for any of
 * them on a shared clock that the stories move along.
 */
export async function setUpStaff(
  tx: Db,
  slugs: readonly string[],
  accounts: readonly DemoAccount[],
) {
  const organisations = new Map<string, { id: string; name: string }>();
  for (const slug of slugs) {
    const org = await ensureOrganisationBySlug(tx, slug, null);
    if (!org.ok) throw new Error(org.message);
    organisations.set(slug, { id: org.row.id, name: org.row.name });
  }
  const users: ShownAccount[] = [];
  const sessionUsers = new Map<string, SessionUser>();
  for (const { passwordHash, ...account } of accounts) {
    const org = organisations.get(account.slug)!;
    const outcome = await addMember(tx, {
      ...account,
      organisationId: org.id,
      passwordHash: () => Promise.resolve(passwordHash),
      actorId: null,
    });
    users.push({ ...account, password: outcome.kind === 'created' ? account.password : null });
    sessionUsers.set(`${account.slug}/${account.role}`, {
      id: outcome.userId,
      email: account.email,
      displayName: account.displayName,
      memberships: [{ organisationId: org.id, role: account.role }],
    });
  }

  let clock = new Date('2019-01-01T12:00:00Z');
  const caller = (slug: string, role: 'editor' | 'approver'): Caller =>
    createCaller({
      db: tx,
      user: sessionUsers.get(`${slug}/${role}`)!,
      sessionId: null,
      requestId: randomUUID(),
      now: () => clock,
      cookies: noCookies,
      ip: null,
    });
  const setDay = (day: string) => {
    clock = new Date(`${day}T12:00:00Z`);
  };
  return { organisations, users, caller, setDay };
}
