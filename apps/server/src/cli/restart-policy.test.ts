import { describe, expect, it } from 'vitest';
import { RestartPolicy } from './restart-policy.js';

describe('restarting the workers of irr serve --workers', () => {
  const policy = () => new RestartPolicy({ fastMs: 30_000, maxFastFailures: 3, pauseMs: 500 });

  it('restarts at once a worker that had been serving for a while, however often that happens', () => {
    const p = policy();
    for (let i = 0; i < 10; i++) expect(p.afterDeath(1, 3_600_000)).toBe(0);
  });

  it('pauses longer after each death soon after starting, and gives up after repeated fast deaths', () => {
    const p = policy();
    expect(p.afterDeath(1, 2_000)).toBe(500);
    expect(p.afterDeath(1, 2_000)).toBe(1_000);
    expect(p.afterDeath(1, 2_000)).toBeNull();
    expect(p.fastDeaths(1)).toBe(3);
  });

  it('counts each worker on its own, and forgets fast deaths once a worker has served a while', () => {
    const p = policy();
    expect(p.afterDeath(1, 100)).toBe(500);
    expect(p.afterDeath(2, 100)).toBe(500);
    expect(p.afterDeath(1, 100)).toBe(1_000);
    expect(p.afterDeath(1, 60_000)).toBe(0);
    expect(p.afterDeath(1, 100)).toBe(500);
    expect(p.afterDeath(2, 100)).toBe(1_000);
  });
});
