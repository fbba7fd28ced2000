import type { OfficeContext } from '../context';
import type { Profile } from '../profile';
import { fail, ok, type Result } from '../result';

export interface AccountIdentity {
  /** The endpoint's address, as the office names it. */
  endpointId: string;
  userId: string;
  userName: string;
  officeId: string;
  officeName: string;
  role?: 'manager' | 'lead' | 'admin';
}

export function accountKey(account: Pick<AccountIdentity, 'endpointId' | 'userId'>): string {
  return `${account.userId}@${account.endpointId}`;
}

/**
 * The first sign-in turns the workstation's own identity into the agency account: what the
 * manager entered offline before joining is re-homed to their user and office, so it syncs
 * as theirs. A database already bound to another account is never handed to someone else.
 */
export async function adoptAccount(
  ctx: OfficeContext,
  current: Profile | null,
  account: AccountIdentity,
): Promise<Result<Profile>> {
  const key = accountKey(account);
  if (current?.account && current.account !== key) {
    return fail({
      field: 'userName',
      code: 'otherAccount',
      message: `This workstation's client book belongs to ${current.userName} (${current.officeName}). Sign in as ${current.userName}, or use a separate Windows/Linux user account for ${account.userName}.`,
    });
  }
  const next: Profile = {
    userId: account.userId,
    userName: account.userName,
    officeId: account.officeId,
    officeName: account.officeName,
    defaultCountry: current?.defaultCountry ?? 'RU',
    account: key,
    role: account.role ?? 'manager',
  };
  if (current && !current.account && (current.userId !== account.userId || current.officeId !== account.officeId)) {
    await rehome(ctx, current, next);
  }
  return ok(next);
}

async function rehome(ctx: OfficeContext, from: Profile, to: Profile): Promise<void> {
  const now = ctx.clock.now();
  const clients = await ctx.db.clients.find({ selector: { ownerId: from.userId } }).exec();
  for (const client of clients) {
    await client.incrementalPatch({
      ownerId: to.userId,
      ownerName: to.userName,
      officeId: to.officeId,
      updatedAt: now,
    });
    await ctx.changed('clients', client.id, now);
  }
  const activities = await ctx.db.activities.find({ selector: { authorId: from.userId } }).exec();
  for (const activity of activities) {
    await activity.incrementalPatch({ authorId: to.userId, authorName: to.userName, officeId: to.officeId });
  }
}
