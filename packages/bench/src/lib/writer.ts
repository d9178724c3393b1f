import { cli, type Store } from './register.js';
import { signIn, trpcGet, trpcPost } from './staff.js';

// A bench-only account in a bench-only store; fixed so a kept store's account still signs in.
export const BENCH_WRITER = {
  email: 'steady.editor@bench.example.org',
  password: 'quiet harbour lantern ninety',
};
const EMAIL = BENCH_WRITER.email;
const PASSWORD = BENCH_WRITER.password;

/** Give the store an editor of `org` who signs in with the bench password (before serving: PGlite is one process). */
export function addBenchWriter(store: Store, org: string): void {
  const r = cli(store, ['create-user', '--email', EMAIL, '--role', 'editor', '--org', org], {
    IRR_PASSWORD: PASSWORD,
  });
  if (r.status !== 0) throw new Error(`irr create-user failed: ${r.stderr || r.stdout}`);
}

export interface Writing {
  /** Stop writing; resolves with how many writes were acknowledged and how many failed. */
  stop(): Promise<{ acknowledged: number; failed: number }>;
}

/**
 * An editor adding internal updates to their force's findings at a steady rate while the reads are
 * measured. Each update commits, so each one empties the server's public cache: the reads then
 * show what a register that is being written to gives, not only one at rest.
 */
export async function writeSteadily(base: string, perSecond: number): Promise<Writing> {
  const cookie = await signIn(base, EMAIL, PASSWORD);
  const records = await trpcGet<{ id: string }[]>(base, 'records.list', {}, cookie);
  const findings: string[] = [];
  for (const r of records.slice(0, 20)) {
    const full = await trpcGet<{ findings: { id: string }[] }>(
      base,
      'records.get',
      { recordId: r.id },
      cookie,
    );
    findings.push(...full.findings.map((f) => f.id));
  }
  if (findings.length === 0) throw new Error('the bench writer has no findings to update');
  let acknowledged = 0;
  let failed = 0;
  let n = 0;
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const p = trpcPost(
      base,
      'findings.addUpdate',
      {
        findingId: findings[n++ % findings.length],
        update: {
          date: null,
          author: 'force',
          visibility: 'internal',
          text: `<p>Bench progress note ${n}</p>`,
        },
      },
      cookie,
    ).then((r) => void (r.status === 200 ? acknowledged++ : failed++));
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { acknowledged, failed };
    },
  };
}
