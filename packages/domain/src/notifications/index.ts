export {
  DEFAULT_DIGEST,
  DigestFrequency,
  MAX_DELIVERY_ATTEMPTS,
  NotificationKind,
  digestPeriod,
  retryDelayMs,
} from './notification.js';
export { notificationLine, type NotificationSubject } from './notification-text.js';
export {
  ALERT_CONFIRMATION_DAYS,
  ALERT_CONFIRMATION_EVERY_HOURS,
  ALERT_SETTLE_MS,
  AlertFrequency,
  AlertSubscription,
  AlertTarget,
  AlertTargetKind,
  AlertToken,
  DAILY_ALERT_HOUR,
  alertMailDue,
  followedWords,
  type FollowedNames,
} from './public-alert.js';
export {
  nameOfFinding,
  publicChangeLine,
  publicChangePath,
  type PublicChangeFacts,
  type PublicChangeKind,
} from './public-change.js';
