import type { AppRouter } from '@irr/api';
import type { AppErrorCode } from '@irr/domain';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
type Client = ReturnType<typeof makeTrpcClient>;
export type StaffRecord = Awaited<ReturnType<Client['records']['get']['query']>>;
export type StaffFinding = StaffRecord['findings'][number];
export type FindingHistory = Awaited<ReturnType<Client['findings']['history']['query']>>;
export type Me = NonNullable<Awaited<ReturnType<Client['auth']['me']['query']>>>;
export type Dashboard = Awaited<ReturnType<Client['dashboard']['summary']['query']>>;
export type AuditRow = Awaited<ReturnType<Client['audit']['list']['query']>>[number];

export function makeQueryClient(): QueryClient {
  // A session that ended (expired, signed out elsewhere, account disabled) sends the person to sign in.
  const onError = (error: unknown) => {
    if (
      error instanceof TRPCClientError &&
      errorInfo(error).code === 'UNAUTHORIZED' &&
      !window.location.pathname.endsWith('/sign-in')
    ) {
      const here = window.location.pathname.replace(/^\/admin/, '') + window.location.search;
      window.location.assign(`/admin/sign-in?next=${encodeURIComponent(here || '/')}`);
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Authorisation and validation failures will not change on a retry.
        retry: (count, error) =>
          count < 2 && !(error instanceof TRPCClientError && httpStatusOf(error) < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

function httpStatusOf(error: { data?: unknown }): number {
  const data = error.data as { httpStatus?: unknown } | undefined;
  return typeof data?.httpStatus === 'number' ? data.httpStatus : 500;
}

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // The server refuses a request of more calls (MAX_CALLS_PER_REQUEST in its trpc-handler.ts).
        maxItems: 10,
        // The server refuses mutations without this header: a cross-site form cannot set it.
        headers: () => ({ 'x-irr-csrf': '1' }),
        fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export interface ErrorInfo {
  message: string;
  code: string | null;
  /** The server's `AppError` code (one union with the API and the CLI), or null. */
  domainCode: AppErrorCode | null;
  field: string | null;
  details: Record<string, unknown> | null;
  fieldErrors: Record<string, string[]>;
}

/** What the server said, in the shape the error formatter gives it. */
export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as {
      code?: string;
      domainCode?: AppErrorCode | null;
      field?: string | null;
      details?: Record<string, unknown> | null;
      zodIssues?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] } | null;
    };
    const fieldErrors = data.zodIssues?.fieldErrors ?? {};
    const zodMessage = data.zodIssues
      ? [
          ...(data.zodIssues.formErrors ?? []),
          ...Object.entries(fieldErrors).map(([k, v]) => `${k}: ${v.join(', ')}`),
        ].join('; ')
      : '';
    return {
      message: zodMessage || error.message,
      code: data.code ?? null,
      domainCode: data.domainCode ?? null,
      field: data.field ?? null,
      details: data.details ?? null,
      fieldErrors,
    };
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    code: null,
    domainCode: null,
    field: null,
    details: null,
    fieldErrors: {},
  };
}

export const isConflict = (error: unknown): boolean => errorInfo(error).code === 'CONFLICT';
