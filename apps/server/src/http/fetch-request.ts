import type { IncomingMessage, ServerResponse } from 'node:http';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'upgrade',
  'expect',
]);

/** The node request as a fetch Request for tRPC's fetch adapter, its body already read. */
export function toFetchRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Buffer | undefined,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const aborted = new AbortController();
  // A client that hangs up mid-request cancels the work; a finished response does not.
  res.once('close', () => {
    if (!res.writableEnded) aborted.abort();
  });
  const request = new Request(url, { method: req.method, headers, body, signal: aborted.signal });
  if (req.method === 'POST' && !body?.length) {
    // tRPC's own client sends no body for a mutation without input (httpLink), but the fetch
    // adapter calls req.json() and fails on ''. No body means no input.
    Object.defineProperty(request, 'json', { value: () => Promise.resolve(undefined) });
  }
  return request;
}
