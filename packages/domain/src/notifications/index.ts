export {
  DEFAULT_DIGEST,
  DIGEST_DUE_WINDOWS,
  DigestFrequency,
  MAX_DELIVERY_ATTEMPTS,
  NotificationKind,
  STATUTORY_LIMIT_NEAR_DAYS,
  digestPeriod,
  retryDelayMs,
} from './notification.js';
export { notificationLine, type NotificationSubject } from './notification-text.js';
