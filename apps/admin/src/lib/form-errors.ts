import type { FormError } from '../components/form/ErrorSummary';
import type { DateParts } from './date-parts';
import { errorInfo } from './trpc';

/** A field of a form as its errors name it: the input's id, and what the user calls it ("email address"). */
export interface FormField {
  id: string;
  name: string;
}

/** A validator's own words, as a person would be told to put it right. */
function inWords(message: string, field: FormField | undefined): string {
  const name = field?.name ?? 'this';
  if (
    /^Too small: expected string to have >=1 characters?$/i.test(message) ||
    /^Required$/i.test(message)
  )
    return `Enter ${name}`;
  if (/^Invalid email( address)?$/i.test(message))
    return 'Enter an email address in the correct format, like name@example.org';
  if (/^Invalid url$/i.test(message) || /^Invalid URL$/.test(message))
    return `Enter ${name} as a web address starting with https://`;
  if (/^Too big: expected string to have <=(\d+) characters?$/i.test(message))
    return `${name[0]!.toUpperCase()}${name.slice(1)} must be ${/(\d+)/.exec(message)![1]} characters or fewer`;
  // A domain refusal written as the end of a sentence ("say why the target date is changing").
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
}

/**
 * A refused save as the error summary lists it: each error beside the field the server named (by the input's
 * key), in words, never a validator's path; what names no field of the form is listed without a link.
 */
export function formErrorsOf(error: unknown, fields: Record<string, FormField>): FormError[] {
  if (!error) return [];
  const info = errorInfo(error);
  const byField = Object.entries(info.fieldErrors ?? {}).filter(([, m]) => m.length > 0);
  if (byField.length > 0)
    return byField.map(([key, messages]) => ({
      field: fields[key]?.id ?? null,
      message: inWords(messages[0]!, fields[key]),
    }));
  const field = info.field ? fields[info.field] : undefined;
  return [{ field: field?.id ?? null, message: inWords(info.message, field) }];
}

/** The message to show beside the field with this id, if there is one. */
export function errorFor(errors: readonly FormError[], id: string): string | undefined {
  return errors.find((e) => e.field === id)?.message;
}

/** A date input's error as `DateInput` takes it: the summary links to the box at fault (`${id}-day`…). */
export function dateErrorOf(
  errors: readonly FormError[],
  id: string,
): { error?: string; errorPart?: keyof DateParts } {
  const found = errors.find((e) => e.field?.startsWith(`${id}-`));
  if (!found) return {};
  return { error: found.message, errorPart: found.field!.slice(id.length + 1) as keyof DateParts };
}
