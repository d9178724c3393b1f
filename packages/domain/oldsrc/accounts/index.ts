export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, checkPasswordRules } from './password-rules.js';
export {
  FREE_SIGN_IN_FAILURES,
  MAX_LOCKOUT_MINUTES,
  lockedUntil,
  lockoutFor,
} from './sign-in-lockout.js';
export { MEMBER_AUDIT_ACTION, memberChange, type MemberChange } from './member-change.js';
