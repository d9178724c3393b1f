import { describe, expect, it } from 'vitest';
import { lockedUntil, lockoutFor } from './sign-in-lockout.js';

const MINUTE = 60_000;

describe('lockoutFor', () => {
  it('forgives the first four failures in a row', () => {
    expect([0, 1, 2, 3, 4].map(lockoutFor)).toEqual([0, 0, 0, 0, 0]);
  });

  it('locks for 1, 2, 4 … minutes from the fifth failure, doubling each time', () => {
    expect([5, 6, 7, 8, 9, 10].map((n) => lockoutFor(n) / MINUTE)).toEqual([1, 2, 4, 8, 16, 32]);
  });

  it('never locks for more than an hour, however many failures', () => {
    expect(lockoutFor(11) / MINUTE).toBe(60);
    expect(lockoutFor(1000) / MINUTE).toBe(60);
  });
});

describe('lockedUntil', () => {
  const now = new Date('2026-01-01T10:00:00Z');

  it('is null while failures are free', () => {
    expect(lockedUntil(4, now)).toBeNull();
  });

  it('is now plus the lock', () => {
    expect(lockedUntil(6, now)).toEqual(new Date('2026-01-01T10:02:00Z'));
  });
});
