import type { PublicGenerationWatch } from '@irr/db';

/**
 * The public generation, read at most once per round trip however many requests want it, and never
 * from a reading that began before the request arrived: a request that finds a reading in flight
 * waits for the next one, so a write acknowledged before a read was sent is always seen by it.
 */
class GenerationProbe {
  private inFlight: Promise<string> | null = null;
  private next: Promise<string> | null = null;

  constructor(private readonly generation: () => Promise<string>) {}

  read(): Promise<string> {
    if (!this.inFlight) return this.start();
    this.next ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<string> {
    const p = this.generation().finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }
}

/**
 * The public generation a request arriving now must be answered from. With a watch, the notified one (no
 * round trip), except that after a write of this process the next request reads it itself (the notification
 * may still be on its way) and so does every request while the watch's connection is down. Without a watch,
 * every wave of requests reads it.
 */
export class PublicGenerationSource {
  private readonly probe: GenerationProbe;
  /** A write of this process finished since the generation was last read: the next request reads it. */
  private wrote = false;
  /** That reading, which the requests arriving while it is under way wait for. */
  private settling: Promise<string> | null = null;

  constructor(
    generation: () => Promise<string>,
    private readonly watch: PublicGenerationWatch | null,
  ) {
    this.probe = new GenerationProbe(generation);
  }

  /** A write of this process has finished and is about to be acknowledged. */
  noteWrite(): void {
    // PGlite's notifications arrive before the write returns: nothing to read.
    if (this.watch && !this.watch.exact) this.wrote = true;
  }

  /** The generation when it is known without waiting (heard from the watch, no write of ours unsettled). */
  known(): string | null {
    if (!this.watch || this.wrote || this.settling) return null;
    return this.watch.current();
  }

  async read(): Promise<string> {
    const watch = this.watch;
    if (!watch) return this.probe.read();
    if (this.wrote) {
      this.wrote = false;
      const settling = this.probe.read().then(
        (g) => {
          watch.saw(g);
          return g;
        },
        (e: unknown) => {
          this.wrote = true; // the next request tries again
          throw e;
        },
      );
      this.settling = settling;
      const settled = () => {
        if (this.settling === settling) this.settling = null;
      };
      settling.then(settled, settled);
    }
    if (this.settling) {
      const read = await this.settling;
      return watch.current() ?? read;
    }
    return watch.current() ?? this.probe.read();
  }
}
