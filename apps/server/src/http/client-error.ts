import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A request node could not parse (a malformed line, headers too large, too slow) answered as node itself would:
 * a bare status and `Connection: close`, unless a reply on that socket is already under way (it would be
 * corrupted). (Fastify's own handler writes a JSON body without that check.)
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // Node's own test: no response in flight on the socket, or none of it written yet.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy();
}
