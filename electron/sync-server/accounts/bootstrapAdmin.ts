// On an empty database, the first start creates the `admin` account so the endpoint can be administered at all.
import { randomBytes } from 'node:crypto';
import { checkPassword, type FieldProblem } from '../../../shared/sync';
import type { SqlStore } from '../db/sqlStore';
import { StartRefused } from '../startRefused';
import { createUser } from './accounts';

export const BOOTSTRAP_USERNAME = 'admin';

/** The given first password is held to the rules of every other password. */
function checkGivenPassword(password: string): void {
  const problems: FieldProblem[] = [];
  checkPassword(password, 'password', problems);
  if (problems.length)
    throw new StartRefused(
      `CLAIMDESK_ADMIN_PASSWORD is not accepted: ${problems.map((p) => p.message).join(' ')} ` +
        'Choose another, or leave it unset to have a random one generated and shown once.',
    );
}

/**
 * Returns the password when one was generated (the caller shows it once), null when the
 * account already existed or the password was given.
 */
export async function ensureAdmin(
  store: SqlStore,
  givenPassword: string | undefined,
  now: number,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  return store.transaction(async (tx) => {
    // Two endpoint processes starting on one empty database must not both create (and print) it.
    await tx.query('lock table users in share row exclusive mode');
    const any = await tx.query('select 1 from users limit 1');
    if (any.length) return { created: false, generatedPassword: null };
    if (givenPassword !== undefined) checkGivenPassword(givenPassword);
    const password = givenPassword ?? randomBytes(18).toString('base64url');
    await createUser(
      tx,
      { username: BOOTSTRAP_USERNAME, password, name: 'Administrator', officeId: null, role: 'admin' },
      now,
    );
    return { created: true, generatedPassword: givenPassword ? null : password };
  });
}
