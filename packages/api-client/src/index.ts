import type { AppRouter } from '@irr/api';
import {
  createTRPCClient,
  httpBatchLink,
  type TRPCClient,
  type TRPCClientError,
} from '@trpc/client';

/**
 * The register's tRPC router as a client sees it: every procedure with its input and output. Its
 * server context is opaque here (see the README): a client never sees it.
 */
export type { AppRouter };

/** A client of the register's API: `client.public.organisations.query()` and the like. */
export type RegisterClient = TRPCClient<AppRouter>;

/**
 * What a failed call throws (`instanceof TRPCClientError`), with the server's error shape: `data.code`
 * (tRPC's, e.g. NOT_FOUND), `data.domainCode` (the register's `AppErrorCode`), `data.field`.
 */
export type RegisterClientError = TRPCClientError<AppRouter>;
export { TRPCClientError } from '@trpc/client';

type HttpHeaders = Record<string, string | string[] | undefined>;
type FetchLike = NonNullable<Parameters<typeof httpBatchLink<AppRouter>>[0]['fetch']>;

export interface RegisterClientOptions {
  /** The register's address, e.g. `https://register.example.org`: its API answers at `${url}/trpc`. */
  url: string | URL;
  /** The fetch to send requests with (a proxy's, a test's); the global `fetch` otherwise. */
  fetch?: FetchLike;
  /** Headers for every request, or a function giving them for each (a staff session's cookie, say). */
  headers?: HttpHeaders | (() => HttpHeaders | Promise<HttpHeaders>);
}

/**
 * The server accepts at most this many calls in one request (MAX_CALLS_PER_REQUEST in the server's
 * trpc-handler.ts); the link sends more in several.
 */
const MAX_CALLS_PER_REQUEST = 10;

/**
 * A typed client of the register at `url`. Calls made together are batched into one HTTP request
 * (queries as GET, which the server caches for `public.*`); no transformer, as the server has none:
 * dates arrive as ISO strings, as the types say.
 */
export function createRegisterClient(options: RegisterClientOptions): RegisterClient {
  const base = String(options.url).replace(/\/+$/, '');
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        maxItems: MAX_CALLS_PER_REQUEST,
        ...(options.headers && { headers: options.headers }),
        ...(options.fetch && { fetch: options.fetch }),
      }),
    ],
  });
}
