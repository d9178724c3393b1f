import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@irr/db';
import type { Config } from '../config.js';
import { createJsonLogger, type Logger } from '../http/logger.js';
import { runUntilSignal, type SignalSource } from '../http/run-until-signal.js';
import { startServer } from '../http/server.js';
import type { CliIo } from './main.js';
import { openFailure } from './open-database.js';
import { RestartPolicy } from './restart-policy.js';

/** Which worker a process of `irr serve --workers N` is (1 to N), set by the primary when it forks it. */
const SLOT_ENV = 'IRR_WORKER_SLOT';

/** How long the primary waits for a worker's graceful shutdown (its own is 10 s) before killing it. */
const STOP_CEILING_MS = 30_000;

/** `--workers`: a number of processes, or `auto` for one per core; null when it is neither. */
export function workerCount(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (value === 'auto') return availableParallelism();
  if (!/^\d{1,3}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= 256 ? n : null;
}

/** Whether this process is a worker forked by `irr serve --workers N`. */
export function isServeWorker(env: CliIo['env']): boolean {
  return cluster.isWorker && env[SLOT_ENV] !== undefined;
}

type Message = { type: 'listening'; url: string } | { type: 'shutdown' };

function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && 'type' in m;
}

/**
 * The primary of `irr serve --workers N` (after it has migrated): forks N worker processes that share the
 * listening port (node:cluster hands out connections in turn), says where the register is once all are
 * listening, starts again a worker that dies (giving up, and stopping, after repeated deaths soon after
 * starting: see RestartPolicy), and on SIGTERM or SIGINT asks every worker to shut down gracefully and
 * waits for them. Resolves with the exit code.
 */
export function superviseWorkers(options: {
  count: number;
  config: Config;
  io: CliIo;
  signals?: SignalSource;
  policy?: RestartPolicy;
}): Promise<number> {
  const { count, io } = options;
  const logger = createJsonLogger({
    level: options.config.logLevel,
    write: (line) => io.out(`${line}\n`),
    fields: { process: 'primary', pid: process.pid },
  });
  const source = options.signals ?? process;
  const policy = options.policy ?? new RestartPolicy();
  cluster.setupPrimary({
    // This file's main.ts (or main.js when built), run with the same loader flags as this process.
    exec: fileURLToPath(
      new URL(`./main${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
    ),
    args: ['serve'],
    execArgv: process.execArgv,
  });
  const live = new Map<Worker, { slot: number; startedAt: number; listening: boolean }>();
  let announced = false;
  let stopping = false;
  let exitCode = 0;

  return new Promise<number>((resolve) => {
    const handlers = (['SIGTERM', 'SIGINT'] as const).map((signal) => {
      const handler = () => {
        logger.info({ msg: 'shutting down', signal });
        stop();
      };
      source.once(signal, handler);
      return [signal, handler] as const;
    });

    function finishIfDone() {
      if (!stopping || live.size > 0) return;
      for (const [s, h] of handlers) source.off(s, h);
      logger.info({ msg: 'closed' });
      resolve(exitCode);
    }

    function stop() {
      if (stopping) return;
      stopping = true;
      for (const [worker] of live) {
        if (worker.isConnected()) worker.send({ type: 'shutdown' } satisfies Message);
        else worker.process.kill('SIGTERM');
        const ceiling = setTimeout(() => worker.process.kill('SIGKILL'), STOP_CEILING_MS);
        worker.once('exit', () => clearTimeout(ceiling));
      }
      finishIfDone();
    }

    function start(slot: number) {
      const worker = cluster.fork({ [SLOT_ENV]: String(slot) });
      const state = { slot, startedAt: Date.now(), listening: false };
      live.set(worker, state);
      logger.info({ msg: 'worker started', worker: slot, workerPid: worker.process.pid });
      worker.on('message', (m: unknown) => {
        if (!isMessage(m) || m.type !== 'listening') return;
        state.listening = true;
        const listening = [...live.values()].filter((s) => s.listening).length;
        if (announced || listening < count) return;
        announced = true;
        io.out(
          `The register is at ${m.url}/ (staff sign in at ${m.url}/admin/), served by ${count} worker processes. Stop it with Ctrl-C.\n`,
        );
      });
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        if (stopping) return finishIfDone();
        const uptimeMs = Date.now() - state.startedAt;
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        logger.error({
          msg: 'worker died',
          worker: slot,
          workerPid: worker.process.pid,
          how,
          uptimeMs,
        });
        if (!announced && !state.listening) {
          // Every restart would fail alike (a bad setting, a port in use, the database refusing).
          io.err(`Worker ${slot} could not start (${how}); see its message above. Stopping.\n`);
          exitCode = 1;
          return stop();
        }
        const pause = policy.afterDeath(slot, uptimeMs);
        if (pause === null) {
          io.err(
            `Worker ${slot} died ${policy.fastDeaths(slot)} times in a row soon after starting (last: ${how}); ` +
              'not starting it again. Stopping the other workers: the log says why it died.\n',
          );
          exitCode = 1;
          return stop();
        }
        logger.warn({ msg: 'restarting worker', worker: slot, inMs: pause });
        setTimeout(() => {
          if (!stopping) start(slot);
        }, pause);
      });
    }

    for (let slot = 1; slot <= count; slot++) start(slot);
  });
}

/**
 * A worker of `irr serve --workers N`: opens the database the environment names (the primary migrated it),
 * serves on the shared port, logs with its number and pid, and shuts down gracefully on SIGTERM or SIGINT
 * or when the primary asks. Resolves with the exit code.
 */
export async function serveAsWorker(config: Config, io: CliIo): Promise<number> {
  const slot = io.env[SLOT_ENV] ?? String(cluster.worker?.id);
  const logger: Logger = createJsonLogger({
    level: config.logLevel,
    write: (line) => io.out(`${line}\n`),
    fields: { worker: Number(slot), pid: process.pid },
  });
  let asked = false;
  // The primary's request to stop, taken as the signal a supervisor would send.
  const onMessage = (m: unknown) => {
    if (!isMessage(m) || m.type !== 'shutdown') return;
    asked = true;
    process.emit('SIGTERM');
  };
  process.on('message', onMessage);
  try {
    let database;
    try {
      database = await openDatabase(config.database);
    } catch (e) {
      io.err(`Worker ${slot}: ${openFailure(e, config.database)}\n`);
      return 1;
    }
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({ config, database, ownsDatabase: true, logger });
    } catch (e) {
      await database.close();
      io.err(
        `Worker ${slot} could not listen on ${config.host}:${config.port}: ${(e as Error).message}\n`,
      );
      return 1;
    }
    process.send?.({ type: 'listening', url: server.url } satisfies Message);
    const closed = runUntilSignal(server, { logger });
    if (asked) process.emit('SIGTERM');
    await closed;
    return 0;
  } finally {
    process.off('message', onMessage);
    // Lets the process end (the channel to the primary would hold it open) and tells the primary it was meant.
    cluster.worker?.disconnect();
  }
}
