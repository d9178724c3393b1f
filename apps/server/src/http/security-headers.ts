import type { ServerResponse } from 'node:http';

/** Nothing inline and nothing from elsewhere: the apps ship their scripts and styles as files. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // For browsers too old for frame-ancestors.
  'x-frame-options': 'DENY',
};

/** Every reply's security headers, as name-value pairs. */
export function securityHeaders(secure: boolean): [string, string][] {
  const pairs = Object.entries(HEADERS);
  // HSTS over plain http would be ignored at best; only send it when browsers reach us by https.
  if (secure) pairs.push(['strict-transport-security', 'max-age=31536000']);
  return pairs;
}

export function setSecurityHeaders(res: ServerResponse, secure: boolean): void {
  for (const [name, value] of securityHeaders(secure)) res.setHeader(name, value);
}
