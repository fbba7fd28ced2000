import type { OfficeContext } from '../context';
import type { Profile } from '../profile';
import type { Outbox } from '../replication/outbox';
import type { Actor } from '../../workflow/events';
import type { RegulationsCache } from './regulationsCache';

/** What the resolution side of the office core works with. */
export interface ResolutionDeps {
  ctx: OfficeContext;
  outbox: Outbox;
  regulations: RegulationsCache;
  /** Resolves once the effects of the steps written so far (handovers of clients) are applied. */
  settled(): Promise<void>;
}

/** The workstation's user as the workflow sees them; a workstation that never signed in is its manager's. */
export function actorOf(profile: Profile): Actor & { name: string } {
  return {
    userId: profile.userId,
    role: profile.role ?? 'manager',
    officeId: profile.officeId,
    name: profile.userName,
  };
}
