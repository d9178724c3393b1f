import type { Db } from '@irr/db';
import { countRecords, recordSummaries, type RecordSummary } from '@irr/db/read-models';
import { firstAuditEventAt } from '@irr/db/read-models';
import { recordAudit } from '@irr/db/repositories';
import { DEMO_RECORDS } from './demo-records.js';
import { setUpStaff, type ShownAccount } from './demo-staff.js';
import { demoAccounts, randomPassword } from './demo-users.js';
import { loadRecord } from './load-record.js';
import { DEMO_FORCES } from './plan.js';
import { readSeedRecord } from './seed-record.js';

const DEMO_MARKER = 'demo.seeded';

export type SeedDemoResult =
  | { loaded: false; loadedAt: Date }
  | {
      loaded: true;
      organisations: { slug: string; name: string }[];
      records: RecordSummary[];
      users: ShownAccount[];
    };

export class DemoRefusedError extends Error {}

/**
 * Load the demo register once: the forces, a demo user per role per force, the seed record and the
 * generated records, each taken through its story by the API. All of it is one transaction, so an
 * interrupted load leaves nothing and the next run starts again; a loaded register is left alone.
 */
export async function seedDemo(
  db: Db,
  options: { generatePassword?: (email: string) => string } = {},
): Promise<SeedDemoResult> {
  const loadedAt = await demoLoadedAt(db);
  if (loadedAt) return { loaded: false, loadedAt };
  const existing = await countRecords(db);
  if (existing > 0) {
    throw new DemoRefusedError(
      `The register already holds ${existing} response record${existing === 1 ? '' : 's'}; the demo data only goes into an empty register.`,
    );
  }
  // Hashing is slow on purpose; do it before the transaction opens.
  const accounts = await demoAccounts(DEMO_FORCES, options.generatePassword ?? randomPassword);
  const seedText = await readSeedRecord();

  return db.transaction(async (tx) => {
    const staff = await setUpStaff(tx, DEMO_FORCES, accounts);
    for (const plan of DEMO_RECORDS) {
      const callers = {
        editor: staff.caller(plan.force, 'editor'),
        approver: staff.caller(plan.force, 'approver'),
      };
      await loadRecord(plan, seedText, callers, staff.setDay);
    }
    await recordAudit(tx, {
      actorId: null,
      organisationId: null,
      action: DEMO_MARKER,
      entityType: 'deployment',
      entityId: 'demo',
      after: { records: DEMO_RECORDS.length, users: staff.users.length },
    });
    const records = await recordSummaries(tx);
    return {
      loaded: true as const,
      organisations: DEMO_FORCES.map((slug) => ({
        slug,
        name: staff.organisations.get(slug)!.name,
      })),
      records,
      users: staff.users,
    };
  });
}

/** When the demo was loaded, or null if it never was. */
function demoLoadedAt(db: Db): Promise<Date | null> {
  return firstAuditEventAt(db, DEMO_MARKER);
}
