import { setDigestFrequency } from '@irr/db/repositories';
import type { DigestFrequency } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { signedInPerson } from './signed-in-person.js';

/** How often the person gets the digest: daily, weekly, or never. */
export async function setMyDigest(
  uc: UseCaseContext,
  input: { digest: DigestFrequency },
): Promise<{ digest: DigestFrequency }> {
  await setDigestFrequency(uc.db, signedInPerson(uc), input.digest);
  return { digest: input.digest };
}
