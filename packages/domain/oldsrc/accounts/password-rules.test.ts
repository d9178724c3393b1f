import { describe, expect, it } from 'vitest';
import { MAX_PASSWORD_LENGTH, checkPasswordRules } from './password-rules.js';

const EMAIL = 'pat.policy@example.org';

describe('checkPasswordRules', () => {
  it('accepts three random words', () => {
    expect(checkPasswordRules('marmalade tractor lighthouse', EMAIL)).toBeNull();
  });

  it('refuses fewer than 12 characters and suggests three random words', () => {
    expect(checkPasswordRules('Kestrel1', EMAIL)).toMatchObject({
      code: 'WEAK_PASSWORD',
      field: 'password',
      message: expect.stringContaining('three random words') as string,
    });
  });

  it('refuses more than the longest length', () => {
    expect(checkPasswordRules('x'.repeat(MAX_PASSWORD_LENGTH + 1), EMAIL)?.message).toContain(
      `at most ${MAX_PASSWORD_LENGTH}`,
    );
  });

  it('refuses the passwords attackers try first, however spaced or cased', () => {
    for (const common of ['Welcome12345', 'Correct Horse Battery Staple', 'aaaaaaaaaaaaaa'])
      expect(checkPasswordRules(common, EMAIL)?.message).toContain('too common');
  });

  it('refuses a password that contains the email address', () => {
    expect(checkPasswordRules('my-pat.policy-secret', EMAIL)?.message).toContain('email address');
  });
});
