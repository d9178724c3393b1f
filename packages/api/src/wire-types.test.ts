import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { inferRouterOutputs } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { appRouter, type AppRouter, type createCaller } from './root.js';
import { WireInstant } from './schemas.js';
import { approveRecord } from './test-support/record-states.js';
import { createWorld, type Persona, type World } from './test-support/world.js';

/**
 * There is no transformer: JSON carries instants as ISO strings, so every output schema must say
 * `string`, never `Date` — for the apps' tRPC client, for the portal's pages (which call in-process
 * through `createCaller`) and for curl, Python and other teams' clients. The type assertions are
 * checked by `tsc --noEmit` (the package's typecheck); the runtime ones by vitest.
 */

/** What the admin app's tRPC client is told arrives (tRPC types it as JSON would carry it). */
type Out = inferRouterOutputs<AppRouter>;

/** What each procedure returns in-process, as its output schema says: the portal's pages read these. */
type Answers<C> = {
  [K in keyof C]: C[K] extends (...args: never[]) => Promise<infer R> ? R : Answers<C[K]>;
};
type Answer = Answers<ReturnType<typeof createCaller>>;

/**
 * Every path in `T` at which a `Date` could appear, e.g. `"answer.versions.list[].withdrawnAt"`.
 * Bounded in depth: some shapes are recursive (a tree of headings) and hold no Date at any depth.
 */
type DatePaths<T, P extends string, D extends 0[] = []> = D['length'] extends 12
  ? never
  : T extends Date
    ? P
    : T extends readonly (infer U)[]
      ? DatePaths<U, `${P}[]`, [...D, 0]>
      : T extends object
        ? { [K in keyof T & string]-?: DatePaths<T[K], `${P}.${K}`, [...D, 0]> }[keyof T & string]
        : never;

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('the wire types', () => {
  it('name no Date in any procedure output', () => {
    expectTypeOf<DatePaths<Answer, 'answer'>>().toBeNever();
  });

  it('give the instants as strings, in-process and to the apps alike', () => {
    expectTypeOf<Answer['records']['get']['updatedAt']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['records']['list'][number]['updatedAt']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['findings']['history']['changes'][number]['at']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['versions']['list'][number]['publishedAt']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['versions']['list'][number]['withdrawnAt']>().toEqualTypeOf<
      string | null
    >();
    expectTypeOf<Answer['versions']['get']['publishedAt']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['versions']['changes'][number]['at']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['audit']['list'][number]['at']>().toEqualTypeOf<string>();
    expectTypeOf<
      Answer['dashboard']['summary']['activity'][number]['at']
    >().toEqualTypeOf<string>();
    expectTypeOf<Answer['auth']['signIn']['expiresAt']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['public']['latest'][number]['updatedAt']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['public']['record']['publishedAt']>().toEqualTypeOf<string>();
    expectTypeOf<
      NonNullable<Answer['public']['response']['withdrawal']>['at']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      Answer['public']['permalinks']['responses'][number]['publishedAt']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      Answer['public']['responsesData'][number]['publishedAt']
    >().toEqualTypeOf<string>();
    // The apps' client sees the same.
    expectTypeOf<Out['records']['get']['updatedAt']>().toEqualTypeOf<string>();
    expectTypeOf<Out['versions']['list'][number]['withdrawnAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<Out['dashboard']['summary']['activity'][number]['at']>().toEqualTypeOf<string>();
    expectTypeOf<Out['public']['latest'][number]['publishedAt']>().toEqualTypeOf<string>();
  });

  it('turn a Date from the database into its ISO string, and nothing else', () => {
    expect(WireInstant.parse(new Date('2026-11-28T10:00:00Z'))).toBe('2026-11-28T10:00:00.000Z');
    expect(() => WireInstant.parse('2026-11-28T10:00:00Z')).toThrow();
  });
});

describe('the instants that arrive', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
    const approved = await approveRecord(w);
    await w.as('approver').workflow.transition({
      recordId: w.recordId,
      rowVersion: approved.rowVersion,
      to: 'published',
    });
  });
  afterAll(() => w.close());

  /** A query as a client sends it over HTTP, and the JSON it gets back. */
  async function overTheWire(persona: Persona, path: string, input: unknown): Promise<unknown> {
    const url = `http://irr.test/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
    const res = await fetchRequestHandler({
      endpoint: '/trpc',
      req: new Request(url),
      router: appRouter,
      createContext: () => w.context(persona),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { result: { data: unknown } }).result.data;
  }

  it('are ISO strings from the caller, exactly what JSON carries', async () => {
    const record = await w.as('editor').records.get({ recordId: w.recordId });
    expect(record.updatedAt).toMatch(ISO);
    const versions = await w.as('viewer').versions.list({ recordId: w.recordId });
    expect(versions[0]!.publishedAt).toMatch(ISO);
    expect(versions[0]!.withdrawnAt).toBeNull();
    const audit = await w.as('viewer').audit.list({ organisationId: w.staffs.id });
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((r) => ISO.test(r.at))).toBe(true);
    const latest = await w.as('anonymous').public.latest({});
    expect(latest[0]!.publishedAt).toMatch(ISO);
    expect(latest[0]!.updatedAt).toMatch(ISO);
    // No Date hides anywhere: serialised and read back, each answer is unchanged.
    for (const answer of [record, versions, audit, latest]) {
      expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    }
  });

  it('are the same strings over HTTP as from the caller', async () => {
    const input = { recordId: w.recordId };
    expect(await overTheWire('anonymous', 'public.record', input)).toEqual(
      await w.as('anonymous').public.record(input),
    );
    expect(await overTheWire('viewer', 'versions.list', input)).toEqual(
      await w.as('viewer').versions.list(input),
    );
    const [first] = (await overTheWire('anonymous', 'public.latest', {})) as [
      { publishedAt: unknown },
    ];
    expect(first.publishedAt).toMatch(ISO);
  });
});
