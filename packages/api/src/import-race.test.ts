import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TEXT, createWorld, type World } from './test-support/world.js';

const TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';
const NATIONAL = 'An inspection of vetting, misconduct, and misogyny in the police service';

function recordFor(force: string): string {
  return SEED_TEXT.replace(
    `Title of inspection\t${TITLE}`,
    `Title of inspection\t${NATIONAL}`,
  ).replace('Force\tStaffordshire', `Force\t${force}`);
}

describe.each(testDrivers())(
  'two forces importing responses to the same national report at once, on %s',
  (driver) => {
    let w: World;
    beforeAll(async () => {
      w = await createWorld(driver);
    });
    afterAll(() => w.close());

    // Regression: both imports created the report, and the second failed on its slug with a 500.
    it('creates one report covering both forces, and both records', async () => {
      const [staffs, westMids] = await Promise.all([
        w.as('editor').import.records({ text: recordFor('Staffordshire') }),
        w.as('outsider').import.records({ text: recordFor('West Midlands') }),
      ]);
      expect(staffs.items.map((i) => i.outcome)).toEqual(['created']);
      expect(westMids.items.map((i) => i.outcome)).toEqual(['created']);
      const reports = await w.db
        .select()
        .from(schema.reports)
        .where(eq(schema.reports.title, NATIONAL));
      expect(reports).toHaveLength(1);
      const forces = await w.db
        .select()
        .from(schema.reportForces)
        .where(eq(schema.reportForces.reportId, reports[0]!.id));
      expect(forces.map((f) => f.organisationId).sort()).toEqual(
        [w.staffs.id, w.westMids.id].sort(),
      );
    });
  },
);
