// GET /admin/health: what the endpoint itself can tell an admin about the agency's running — its
// version, database and uptime; per person the sessions it holds and when each last signed in and
// pushed; and per workstation (an open session) what it last said of itself with a pull.
import type { Role } from './accounts';
import type { WorkstationKind } from './workstationReport';

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

/** One open session: a workstation signed in as a person. Its own words are null until it says them. */
export interface WorkstationHealth {
  userId: string;
  name: string;
  officeId: string | null;
  kind: WorkstationKind | null;
  system: string | null;
  /** The app version it runs. */
  app: string | null;
  signedInAt: number;
  /** Epoch ms of its latest answered pull; null when it has not pulled since signing in. */
  lastSyncAt: number | null;
  lastPushAt: number | null;
  /** Its changes not yet accepted, as of its latest pull. */
  pendingChanges: number | null;
}

export interface EndpointHealth {
  /** The endpoint's own version. */
  version: string;
  database: 'pglite' | 'postgres';
  /** The newest applied migration of the endpoint's database. */
  schemaVersion: number;
  /** Epoch ms this endpoint process started, and its clock now. */
  startedAt: number;
  now: number;
  people: AccountActivity[];
  /** Newest sync first. */
  workstations: WorkstationHealth[];
}
