import type { CaseDoc, ClaimdeskDatabase } from '../db';
import type { IdentitySettings } from '../identity';
import type { SyncCollectionName } from '../sync';
import type { BackgroundFailureReporter, Clock, OfficeCrypto } from './ports';
import type { Profile } from './profile';

/** What every office operation works with; built once by openOfficeCore. */
export interface OfficeContext {
  db: ClaimdeskDatabase;
  crypto: OfficeCrypto;
  clock: Clock;
  reportBackgroundFailure: BackgroundFailureReporter;
  profile(): Profile;
  identitySettings(): IdentitySettings;
  /** Keyed hash of an identity key (this workstation's own secret): how local claims are looked up without storing the raw key. */
  hashKey(key: string): string;
  /** Resolves once claims and name tokens reflect every client change made so far. */
  indexSettled(): Promise<void>;
  /**
   * Runs a local write of a client through to the claims index, and returns the cases it opened
   * (the duplicates the person saving was warned about while typing).
   */
  casesOpenedBy(clientId: string, write: () => Promise<void>): Promise<CaseDoc[]>;
  /** The name shown for an office in claims; the agency directory fills this in once signed in. */
  officeNameOf(officeId: string): string;
  /** Records a local write the endpoint has yet to accept; stamp is the document's updatedAt/createdAt. */
  changed(collection: SyncCollectionName, id: string, stamp: number): Promise<void>;
}
