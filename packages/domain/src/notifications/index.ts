export {
  DEFAULT_DIGEST,
  DigestFrequency,
  MAX_DELIVERY_ATTEMPTS,
  NotificationKind,
  digestPeriod,
  retryDelayMs,
} from './notification.js';
export { notificationLine, type NotificationSubject } from './notification-text.js';
