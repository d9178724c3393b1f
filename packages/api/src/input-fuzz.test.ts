import { contentFingerprint, testDrivers } from '@irr/db/testing';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.js';
import { sampleInput, stringPaths, withStringAt } from './test-support/sample-input.js';
import { createWorld, type World } from './test-support/world.js';

/**
 * Property-based fuzzing of every procedure's input (issue 13, defect 8): the procedures are read
 * from the router, their inputs built from their own schemas, so a new procedure is fuzzed without
 * a line here. Each string of each input, and the input itself, takes hostile text of each class;
 * every answer must be a refusal the caller caused (4xx), and the register must not change.
 */

const SEED = 13_08;
/** Hostile strings drawn per class: each is tried in every string of every input. */
const PER_CLASS = 3;

/** A lone surrogate with text either side that cannot pair with it. */
const lone = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.string({ maxLength: 8 }),
  )
  .map(([a, code, b]) => `${a}x${String.fromCharCode(code)}x${b}`);

const CLASSES: Record<string, fc.Arbitrary<string>> = {
  nul: fc
    .tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }))
    .map(([a, b]) => `${a}\0${b}`),
  'lone surrogate': lone,
  // Past every field's limit (rich text holds 200,000): a query may still answer it, nothing may store it.
  huge: fc.constantFrom('x', '<', '&', 'é', '😀').map((c) => c.repeat(300_001)),
};

type Caller = ReturnType<World['as']>;
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { inputs: z.ZodType[]; type: string } }
>;

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown>)[k], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

describe.each(testDrivers())('every procedure input, fuzzed, on %s', (driver) => {
  let w: World;
  let ids: Record<string, string>;
  beforeAll(async () => {
    w = await createWorld(driver);
    const findings = await w.findingIds();
    ids = {
      recordId: w.recordId,
      findingId: findings.AFI1!,
      order: findings.AFI1!,
      organisationId: w.staffs.id,
      userId: w.users.viewer.id,
    };
  });
  afterAll(() => w.close());

  it('answers NUL, lone surrogates and huge strings anywhere in any input with a 4xx, and changes nothing', async ({
    annotate,
  }) => {
    const before = await contentFingerprint(w.db);
    const tally: Record<string, { tried: number; refused: number; answered: number }> = {};
    const failures: string[] = [];
    const paths = Object.keys(procedures).sort();
    expect(paths.length).toBeGreaterThan(40);
    for (const [cls, arbitrary] of Object.entries(CLASSES)) {
      const texts = fc.sample(arbitrary, { numRuns: PER_CLASS, seed: SEED });
      const count = (tally[cls] = { tried: 0, refused: 0, answered: 0 });
      for (const path of paths) {
        const schema = procedures[path]!._def.inputs[0];
        const sample = schema ? sampleInput(schema, ids) : undefined;
        // The admin holds every role in Staffordshire: each call gets past authorisation.
        const caller = w.as('admin');
        for (const at of [[], ...stringPaths(sample)]) {
          for (const text of texts) {
            count.tried++;
            const where = `${path} ${at.join('.') || '(input)'} [${cls}]`;
            try {
              await call(caller, path, withStringAt(sample, at, text));
              // A huge string may be answered (a search finds nothing, an import reports the text
              // invalid), never stored.
              if (cls !== 'huge') failures.push(`${where}: accepted`);
              else if ((await contentFingerprint(w.db)) !== before) {
                failures.push(`${where}: stored`);
                break;
              } else count.answered++;
            } catch (e) {
              const status = e instanceof TRPCError ? getHTTPStatusCodeFromError(e) : 500;
              if (status >= 400 && status < 500) count.refused++;
              else failures.push(`${where}: ${status} ${String(e).slice(0, 200)}`);
            }
          }
        }
      }
    }
    await annotate(`procedure input fuzz on ${driver}: ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
    expect(tally.nul!.refused).toBe(tally.nul!.tried);
    expect(await contentFingerprint(w.db)).toBe(before);
  });
});
