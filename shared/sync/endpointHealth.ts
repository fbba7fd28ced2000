// GET /admin/health: what the endpoint itself can tell an admin about the agency's running — its
// database and uptime, and per person the sessions it holds and when each last signed in and pushed.
// What waits unsent on a workstation is known only to that workstation, so it is not here.
import type { Role } from './accounts';

export interface AccountActivity {
  userId: string;
  name: string;
  role: Role;
  officeId: string | null;
  disabled: boolean;
  /** Sessions (sign-ins) not yet expired, signed out or revoked: roughly the workstations in use. */
  openSessions: number;
  /** Epoch ms of the latest sign-in among those sessions; null when none is open. */
  lastSignInAt: number | null;
  /** Epoch ms of the latest successful push through those sessions; null when none pushed. */
  lastPushAt: number | null;
}

export interface EndpointHealth {
  database: 'pglite' | 'postgres';
  /** The newest applied migration of the endpoint's database. */
  schemaVersion: number;
  /** Epoch ms this endpoint process started, and its clock now. */
  startedAt: number;
  now: number;
  people: AccountActivity[];
}
