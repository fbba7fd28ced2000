import type { RxStorage } from 'rxdb';
import { openClaimdeskDatabase, type ClaimdeskDatabase, type ClientDoc, type ActivityDoc } from '../db';
import { logActivity, type ActivityInput } from './activities';
import type { ClientDraft } from './clientDraft';
import { deleteClient, saveClient } from './clients';
import type { OfficeContext } from './context';
import { checkDuplicates, type DuplicateCheck } from './duplicateCheck';
import { linkHousehold, unlinkHousehold } from './households';
import type { Clock, OfficeCrypto } from './ports';
import { identitySettingsFor, validateProfileInput, type Profile, type ProfileInput } from './profile';
import { ok, type Result } from './result';
import { clientConflictHandler } from './replication/clientConflictHandler';
import { searchClients } from './search';

export interface OfficeCoreOptions {
  /** Database name: one per office profile on a workstation. */
  name: string;
  storage: RxStorage<unknown, unknown>;
  multiInstance: boolean;
  crypto: OfficeCrypto;
  clock?: Clock;
}

/** The office's local database and every operation on it, the same in the browser, Electron and Node. */
export interface OfficeCore {
  readonly db: ClaimdeskDatabase;
  profile(): Profile | null;
  setProfile(input: ProfileInput): Promise<Result<Profile>>;
  checkDuplicates(draft: Pick<ClientDraft, 'fullName' | 'phones' | 'emails'>, excludeClientId?: string): Promise<DuplicateCheck>;
  saveClient(draft: ClientDraft, clientId?: string): Promise<Result<ClientDoc>>;
  deleteClient(clientId: string): Promise<Result<true>>;
  searchClients(query: string, limit?: number): Promise<ClientDoc[]>;
  logActivity(input: ActivityInput): Promise<Result<ActivityDoc>>;
  linkHousehold(clientId: string, otherClientId: string): Promise<Result<string>>;
  unlinkHousehold(clientId: string): Promise<Result<true>>;
  /** The keyed hash claims are looked up by (the agency's secret, so claims from other offices match). */
  hashIdentityKey(key: string): Promise<string>;
  close(): Promise<void>;
}

const PROFILE_DOC = 'profile';
const SECRET_DOC = 'keySecret';

export async function openOfficeCore(options: OfficeCoreOptions): Promise<OfficeCore> {
  const db = await openClaimdeskDatabase({ name: options.name, storage: options.storage, multiInstance: options.multiInstance, clientConflictHandler });
  const clock = options.clock ?? { now: () => Date.now() };
  const secret = await ensureSecret(db, options.crypto);
  let profile = ((await db.getLocal<Profile>(PROFILE_DOC))?.toJSON().data as Profile | undefined) ?? null;

  const ctx: OfficeContext = {
    db,
    crypto: options.crypto,
    clock,
    profile: () => {
      if (!profile) throw new Error('Set up this workstation (your name and office) before working with clients.');
      return profile;
    },
    identitySettings: () => identitySettingsFor(ctx.profile()),
    hashKey: (key) => options.crypto.hmac(secret, key),
    officeNameOf: (officeId) => (officeId === profile?.officeId ? profile.officeName : officeId),
  };

  return {
    db,
    profile: () => profile,
    async setProfile(input) {
      const valid = validateProfileInput(input);
      if (!valid.ok) return valid;
      const next: Profile = {
        userId: profile?.userId ?? options.crypto.newId(),
        officeId: profile?.officeId ?? options.crypto.newId(),
        ...valid.value,
      };
      await db.upsertLocal(PROFILE_DOC, next);
      profile = next;
      return ok(next);
    },
    checkDuplicates: (draft, excludeClientId) => checkDuplicates(ctx, draft, excludeClientId),
    saveClient: (draft, clientId) => saveClient(ctx, draft, clientId),
    deleteClient: (clientId) => deleteClient(ctx, clientId),
    searchClients: (query, limit) => searchClients(ctx, query, limit),
    logActivity: (input) => logActivity(ctx, input),
    linkHousehold: (a, b) => linkHousehold(ctx, a, b),
    unlinkHousehold: (clientId) => unlinkHousehold(ctx, clientId),
    hashIdentityKey: (key) => ctx.hashKey(key),
    close: async () => {
      await db.close();
    },
  };
}

async function ensureSecret(db: ClaimdeskDatabase, crypto: OfficeCrypto): Promise<string> {
  const existing = await db.getLocal<{ secret: string }>(SECRET_DOC);
  if (existing) return existing.toJSON().data.secret;
  const secret = crypto.randomSecret();
  await db.insertLocal(SECRET_DOC, { secret });
  return secret;
}
