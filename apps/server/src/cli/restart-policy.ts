/**
 * When the primary of `irr serve --workers N` starts again a worker that died, and when it stops trying.
 * A worker that had served for a while is restarted at once; one that dies soon after it started is
 * restarted after a growing pause, and after `maxFastFailures` such deaths in a row of the same worker
 * the primary gives up rather than loop (a bad deployment or a broken database would fail every restart).
 */
export class RestartPolicy {
  private readonly fastFailures = new Map<number, number>();

  constructor(
    private readonly options: { fastMs: number; maxFastFailures: number; pauseMs: number } = {
      fastMs: 30_000,
      maxFastFailures: 5,
      pauseMs: 500,
    },
  ) {}

  /** Worker `slot` died `uptimeMs` after it started: how long to wait before starting it again, or null to give up. */
  afterDeath(slot: number, uptimeMs: number): number | null {
    if (uptimeMs >= this.options.fastMs) {
      this.fastFailures.set(slot, 0);
      return 0;
    }
    const inARow = (this.fastFailures.get(slot) ?? 0) + 1;
    this.fastFailures.set(slot, inARow);
    if (inARow >= this.options.maxFastFailures) return null;
    return this.options.pauseMs * inARow;
  }

  /** How many fast deaths in a row worker `slot` has had. */
  fastDeaths(slot: number): number {
    return this.fastFailures.get(slot) ?? 0;
  }
}
