import { findAccount, type Account } from '@irr/api/use-cases';
import type { Db } from '@irr/db';
import { operatorContext } from './operator.js';

/** The account `irr import --as` names, or null. */
export function findUserByEmail(db: Db, email: string): Promise<Account | null> {
  return findAccount(operatorContext(db), { email });
}
