export { appRouter, createCaller, type AppRouter } from './root.js';
export type { Context, SessionUser } from './context.js';
export { noCookies } from './context.js';
export { resolveSession, createSession, purgeExpiredSessions } from './auth/sessions.js';
export {
  hashPassword,
  verifyPassword,
  checkNewPassword,
  type CheckedPassword,
} from './auth/password.js';
export {
  DEFAULT_RATE_LIMITS,
  RateLimiter,
  type RateLimit,
  type RateLimitBucket,
  type RateLimits,
} from './rate-limit/rate-limiter.js';
export { databaseHitCounter, memoryHitCounter } from './rate-limit/hit-counters.js';
