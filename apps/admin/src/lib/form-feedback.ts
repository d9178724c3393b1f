import { useState } from 'react';
import type { FormError } from '../components/form/ErrorSummary';
import { formErrorsOf, type FormField } from './form-errors';
import { isConflict } from './trpc';

/**
 * What a form tells its user (GOV.UK): the problems its own checks found on submit, else the server's
 * refusal in words (a conflict as the sentence given), and the confirmation of its last save.
 */
export function useFormFeedback() {
  const [checked, setChecked] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  return {
    saved,
    /** After a save: the banner's message. */
    confirm: (message: string) => setSaved(message),
    /** An edit: the last confirmation no longer describes the form. */
    edited: () => setSaved(null),
    /** On submit, the form's own checks: true when there is nothing to fix. */
    check: (found: FormError[]) => {
      setChecked(found);
      setSaved(null);
      return found.length === 0;
    },
    errors: (error: unknown, fields: Record<string, FormField>, conflict?: string): FormError[] => {
      if (checked.length > 0) return checked;
      if (error && conflict && isConflict(error)) return [{ field: null, message: conflict }];
      return formErrorsOf(error, fields);
    },
  };
}
