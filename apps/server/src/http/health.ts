import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@irr/db';
import { describeError, type Logger } from './logger.js';
import { sendJson } from './send.js';

const PING_TIMEOUT_MS = 2_000;

/** Liveness: the process answers. Orchestrators restart it when this fails. */
export function healthz(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return sendJson(req, res, 200, { status: 'ok' });
}

/** Readiness: the database answers too, and we are not shutting down; load balancers route by it. */
export async function readyz(
  req: IncomingMessage,
  res: ServerResponse,
  database: Pick<Database, 'ping' | 'kind'>,
  state: { closing: boolean; requestId: string; logger: Logger },
): Promise<void> {
  if (state.closing) {
    await sendJson(req, res, 503, {
      status: 'unavailable',
      message: 'The server is shutting down',
    });
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      database.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)),
          PING_TIMEOUT_MS,
        );
      }),
    ]);
    await sendJson(req, res, 200, { status: 'ready', database: database.kind });
  } catch (e) {
    // The driver's own words can name hosts and users: they go to the log, not to the caller.
    state.logger.warn({
      msg: 'database ping failed',
      requestId: state.requestId,
      ...describeError(e),
    });
    await sendJson(req, res, 503, {
      status: 'unavailable',
      message: `The ${database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} database is not answering`,
    });
  } finally {
    clearTimeout(timer);
  }
}
