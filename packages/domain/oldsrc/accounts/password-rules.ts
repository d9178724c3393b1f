import type { DomainError } from '../result.js';

// NCSC guidance: length over complexity (three random words), no composition rules, no forced expiry,
// and refuse the passwords attackers try first.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const COMMON = new Set([
  'password',
  'password1',
  'password123',
  '123456789012',
  'qwertyuiopas',
  'iloveyou1234',
  'letmeinplease',
  'welcome12345',
  'administrator',
  'passwordpassword',
  'changemenow1',
  'policepolice',
  'staffordshire',
  'correcthorsebatterystaple',
  'qwerty123456',
  '111111111111',
  'abcdefghijkl',
  'abc123abc123',
]);

export function checkPasswordRules(
  password: string,
  email: string,
): DomainError<'WEAK_PASSWORD'> | null {
  const weak = (message: string) => ({
    code: 'WEAK_PASSWORD' as const,
    message,
    field: 'password',
  });
  if (password.length < MIN_PASSWORD_LENGTH) {
    return weak(
      `Use at least ${MIN_PASSWORD_LENGTH} characters; three random words make a strong, memorable password`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH)
    return weak(`Use at most ${MAX_PASSWORD_LENGTH} characters`);
  const folded = password.toLowerCase().replace(/\s+/g, '');
  if (COMMON.has(folded) || /^(.)\1+$/.test(folded))
    return weak('That password is too common; choose another');
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && folded.includes(local))
    return weak('Do not use your email address in your password');
  return null;
}
