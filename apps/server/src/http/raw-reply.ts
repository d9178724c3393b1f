import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describeError, type Logger } from './logger.js';
import { sendJson } from './send.js';

/**
 * Answer through node's own request and response, outside Fastify's reply: for writers that hold their
 * bytes, ETags and compressed forms (the public cache, the portal, the API, the apps' files). A failure
 * is logged and answered 500 with the request id, or the connection cut if the answer had begun.
 */
export async function answerRaw(
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
  write: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>,
): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  try {
    await write(request.raw, res);
  } catch (e) {
    logger.error({ msg: 'request failed', requestId: request.id, ...describeError(e) });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    await sendJson(request.raw, res, 500, {
      error: { message: `Something went wrong on the server (request ${request.id})` },
    }).catch(() => res.destroy());
  }
}
