import type { Database } from '@irr/db';
import { listAudit } from '@irr/db/read-models';
import { membershipsOf } from '@irr/db/repositories';
import { createTestDatabase, type TestDriver } from '@irr/db/testing';
import type { Role } from '@irr/domain';
import type { UseCaseContext } from '../use-cases/context.js';
import { addMember } from '../use-cases/members/add-member.js';
import { ensureOrganisationBySlug } from '../use-cases/organisations/resolve-organisation.js';

export const PASSWORD = 'marmalade tractor lighthouse';

/**
 * A fresh register for the people use cases, built through them as the operator: Staffordshire
 * with an admin, West Midlands with none, and a clock the tests move.
 */
export async function createPeopleWorld(driver: TestDriver = 'pglite') {
  const database: Database = await createTestDatabase(driver);
  const { db } = database;
  let clock = new Date('2026-03-02T09:00:00Z');
  const now = () => clock;
  const operator: UseCaseContext = {
    db,
    actor: { id: null, displayName: 'operator', memberships: [], operator: true },
    now,
  };
  const staffs = (await ensureOrganisationBySlug(operator, 'staffordshire')).organisation;
  const westMids = (await ensureOrganisationBySlug(operator, 'west-midlands')).organisation;

  /** A person added by the operator, with PASSWORD. */
  async function person(email: string, role: Role, organisationId = staffs.id) {
    const added = await addMember(operator, {
      organisationId,
      email,
      role,
      initialPassword: PASSWORD,
    });
    return added.member;
  }
  const admin = await person('ada.admin@example.org', 'admin');

  return {
    database,
    db,
    operator,
    staffs,
    westMids,
    admin,
    person,
    /** That person as the actor, with the memberships they hold now. */
    async as(userId: string): Promise<UseCaseContext> {
      const memberships = await membershipsOf(db, userId);
      return { db, actor: { id: userId, displayName: userId, memberships, operator: false }, now };
    },
    /** The audit actions about one entity, oldest first. */
    async actionsOn(entityId: string): Promise<string[]> {
      const events = await listAudit(db, { entityId, limit: 100 });
      return events.map((e) => e.action).reverse();
    },
    setNow(at: Date) {
      clock = at;
    },
    close: () => database.close(),
  };
}
export type PeopleWorld = Awaited<ReturnType<typeof createPeopleWorld>>;
