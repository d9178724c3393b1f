import type { Logger } from './logger.js';

export interface SignalSource {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

/**
 * Serve until SIGTERM or SIGINT, then shut down gracefully; resolves with the signal once closed.
 * A second signal while closing is left to its default (the process ends at once), as an impatient
 * operator expects from a second Ctrl-C.
 */
export function runUntilSignal(
  server: { close(): Promise<void> },
  options: { logger?: Logger; signals?: NodeJS.Signals[]; source?: SignalSource } = {},
): Promise<NodeJS.Signals> {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const source = options.source ?? process;
  return new Promise((resolve, reject) => {
    const handlers = signals.map((signal) => {
      const handler = () => {
        for (const [s, h] of handlers) source.off(s, h);
        options.logger?.info({ msg: 'shutting down', signal });
        server.close().then(() => resolve(signal), reject);
      };
      source.once(signal, handler);
      return [signal, handler] as const;
    });
  });
}
