import type { ClaimdeskDatabase } from '../db';
import type { IdentitySettings } from '../identity';
import type { Clock, OfficeCrypto } from './ports';
import type { Profile } from './profile';

/** What every office operation works with; built once by openOfficeCore. */
export interface OfficeContext {
  db: ClaimdeskDatabase;
  crypto: OfficeCrypto;
  clock: Clock;
  profile(): Profile;
  identitySettings(): IdentitySettings;
  /** Keyed hash of an identity key: how claims are looked up without storing the raw key. */
  hashKey(key: string): Promise<string>;
  /** The name shown for an office in claims; the agency directory fills this in once signed in. */
  officeNameOf(officeId: string): string;
}
