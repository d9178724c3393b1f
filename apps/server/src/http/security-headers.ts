import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * What helmet would send, with its defaults where they suit us: nothing inline and nothing from elsewhere, as
 * the apps ship their scripts and styles as files.
 */
function helmetOptions(secure: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS over plain http would be ignored at best; only send it when browsers reach us by https.
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    // For browsers too old for frame-ancestors.
    xFrameOptions: { action: 'deny' },
  };
}

/** Helmet has no Permissions-Policy: the features no page of ours uses, refused. */
const PERMISSIONS_POLICY: [string, string] = [
  'permissions-policy',
  'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
];

/**
 * Every reply's security headers as name-value pairs, made once by helmet (running its middleware per request
 * rebuilt the same headers every time): the server sets them on every response before Fastify or the public
 * cache answers it, Fastify's own refusals included. What other sites may read (`/api/v1`, feeds, open data)
 * overrides the Cross-Origin-Resource-Policy (`CORS_HEADERS`).
 */
export function securityHeaders(secure: boolean): [string, string][] {
  const pairs: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) =>
      void pairs.push([name.toLowerCase(), String(value)]),
    removeHeader: () => undefined,
  };
  // Helmet's middleware is synchronous and reads nothing of the request for these options.
  helmet(helmetOptions(secure))(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    () => undefined,
  );
  return [...pairs, PERMISSIONS_POLICY];
}

export const CONTENT_SECURITY_POLICY = securityHeaders(false).find(
  ([name]) => name === 'content-security-policy',
)![1];
