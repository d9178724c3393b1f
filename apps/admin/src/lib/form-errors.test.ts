import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { dateErrorOf, errorFor, formErrorsOf } from './form-errors';

const refused = (data: Record<string, unknown>, message = 'refused') =>
  Object.assign(new TRPCClientError(message), { data });
const FIELDS = {
  email: { id: 'email', name: 'your email address' },
  password: { id: 'password', name: 'your password' },
};

describe("a refused save in the user's words", () => {
  it("names each field the validator refused, in words, never the validator's", () => {
    const errors = formErrorsOf(
      refused({
        zodIssues: {
          fieldErrors: {
            email: ['Invalid email address'],
            password: ['Too small: expected string to have >=1 characters'],
          },
        },
      }),
      FIELDS,
    );
    expect(errors).toEqual([
      {
        field: 'email',
        message: 'Enter an email address in the correct format, like name@example.org',
      },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('puts a domain refusal beside the field it names, or at the top when it names none', () => {
    expect(
      formErrorsOf(
        refused({ field: 'email', domainCode: 'EMAIL_TAKEN' }, 'Someone has that email'),
        FIELDS,
      ),
    ).toEqual([{ field: 'email', message: 'Someone has that email' }]);
    expect(formErrorsOf(refused({}, 'The email or password is wrong'), FIELDS)).toEqual([
      { field: null, message: 'The email or password is wrong' },
    ]);
    expect(formErrorsOf(null, FIELDS)).toEqual([]);
  });

  it('starts a domain refusal written as the end of a sentence with a capital', () => {
    expect(
      formErrorsOf(refused({ field: 'reason' }, 'say why the target date is changing'), {
        reason: { id: 'target-reason', name: 'the reason' },
      }),
    ).toEqual([{ field: 'target-reason', message: 'Say why the target date is changing' }]);
  });
});

describe('errors as the fields take them', () => {
  const errors = [
    { field: 'target-date-month', message: 'The new target date must be a real date' },
    { field: 'target-reason', message: 'Say why' },
  ];
  it('finds the error beside a field by its id, and none for another', () => {
    expect(errorFor(errors, 'target-reason')).toBe('Say why');
    expect(errorFor(errors, 'target-date')).toBeUndefined();
  });
  it("gives a date input its error and the box at fault, from the summary's link", () => {
    expect(dateErrorOf(errors, 'target-date')).toEqual({
      error: 'The new target date must be a real date',
      errorPart: 'month',
    });
    expect(dateErrorOf(errors, 'letter-date')).toEqual({});
  });
});
