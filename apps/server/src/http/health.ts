import type { FastifyPluginCallback } from 'fastify';
import type { Database } from '@irr/db';
import { describeError, type Logger } from './logger.js';

const PING_TIMEOUT_MS = 2_000;

export interface HealthOptions {
  database: Pick<Database, 'ping' | 'kind'>;
  logger: Logger;
  /** True once the server is shutting down. */
  closing: () => boolean;
}

/**
 * `/healthz`, liveness: the process answers (orchestrators restart it when this fails). `/readyz`,
 * readiness: the database answers too, and we are not shutting down; load balancers route by it.
 */
export function healthRoutes(options: HealthOptions): FastifyPluginCallback {
  return (app, _options, done) => {
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });
    app.get('/healthz', () => ({ status: 'ok' }));
    app.get('/readyz', async (request, reply) => {
      const { database } = options;
      if (options.closing())
        return reply
          .code(503)
          .send({ status: 'unavailable', message: 'The server is shutting down' });
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
        return { status: 'ready', database: database.kind };
      } catch (e) {
        // The driver's own words can name hosts and users: they go to the log, not to the caller.
        options.logger.warn({
          msg: 'database ping failed',
          requestId: request.id,
          ...describeError(e),
        });
        return reply.code(503).send({
          status: 'unavailable',
          message: `The ${database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} database is not answering`,
        });
      } finally {
        clearTimeout(timer);
      }
    });
    done();
  };
}
