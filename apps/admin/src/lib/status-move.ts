import { isBlankRichText, type FindingStatus, type Visibility } from '@irr/domain';
import type { FormError } from '../components/form/ErrorSummary';

/** What a status move of the finding page asks for, as its form holds it. */
export interface StatusMove {
  to: FindingStatus | '';
  reason: string;
  finalUpdate: string;
  supersededBy: string;
  basis: 'assured' | 'hmicfrs' | '';
  visibility: Visibility;
}

/** The form's own check of a move before it is sent: what the chosen move needs and was not given. */
export function statusMoveProblems(
  value: StatusMove,
  guards: readonly string[] | undefined,
): FormError[] {
  if (!value.to || !guards) return [{ field: 'status-to', message: 'Choose the new status' }];
  const found: FormError[] = [];
  if (guards.includes('reason') && !value.reason.trim())
    found.push({ field: 'status-reason', message: 'Give the reason for the change' });
  if (guards.includes('finalUpdate') && isBlankRichText(value.finalUpdate))
    found.push({ field: 'final-update', message: 'Write a final update saying what was done' });
  if (guards.includes('supersededBy') && !value.supersededBy.trim())
    found.push({ field: 'superseded-by', message: 'Name the finding that supersedes this one' });
  if (guards.includes('closure') && !value.basis)
    found.push({
      field: 'basis-assured',
      message: 'Say why the finding is closed: you are assured, or HMICFRS closed it',
    });
  return found;
}
