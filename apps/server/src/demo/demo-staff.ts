import { randomUUID } from 'node:crypto';
import { createCaller, noCookies, type SessionUser } from '@irr/api';
import { addMember, ensureOrganisationBySlug } from '@irr/api/use-cases';
import type { Db } from '@irr/db';
import { operatorContext } from '../cli/operator.js';
import type { DemoAccount } from './demo-users.js';

export type Caller = ReturnType<typeof createCaller>;
export type ShownAccount = Omit<DemoAccount, 'checkedPassword'>;

/**
 * The demo forces and their staff inside the loading transaction, and an API caller for any of
 * them on a shared clock that the stories move along.
 */
export async function setUpStaff(
  tx: Db,
  slugs: readonly string[],
  accounts: readonly DemoAccount[],
) {
  const operator = operatorContext(tx);
  const organisations = new Map<string, { id: string; name: string }>();
  for (const slug of slugs) {
    const { organisation } = await ensureOrganisationBySlug(operator, slug);
    organisations.set(slug, { id: organisation.id, name: organisation.name });
  }
  const users: ShownAccount[] = [];
  const sessionUsers = new Map<string, SessionUser>();
  for (const { checkedPassword, ...account } of accounts) {
    const org = organisations.get(account.slug)!;
    const outcome = await addMember(operator, {
      ...account,
      organisationId: org.id,
      initialPassword: checkedPassword,
    });
    users.push({ ...account, password: outcome.accountCreated ? account.password : null });
    sessionUsers.set(`${account.slug}/${account.role}`, {
      id: outcome.member.id,
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
