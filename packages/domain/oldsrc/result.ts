/** Expected failures are values, not exceptions: callers must look at `ok`. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** An error a user can cause, with a stable code for the API's error table. */
export interface DomainError<C extends string = string> {
  code: C;
  message: string;
  /** The input field at fault, when there is one. */
  field?: string;
}
