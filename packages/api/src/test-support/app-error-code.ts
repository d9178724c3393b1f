import { TRPCError } from '@trpc/server';
import { AppError, type AppErrorCode } from '@irr/domain';

/** The code of the AppError a call was refused with, or 'ok'; anything else is thrown on. */
export async function appErrorCode(call: Promise<unknown>): Promise<AppErrorCode | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (e) {
    if (e instanceof TRPCError && e.cause instanceof AppError) return e.cause.code;
    throw e;
  }
}
