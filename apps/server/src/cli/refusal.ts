import { AppError } from '@irr/domain';

/** A use case's result, or its refusal's message for the terminal; anything unexpected still throws. */
export async function refusalOf<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.message };
    throw e;
  }
}
