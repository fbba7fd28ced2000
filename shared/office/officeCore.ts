import type { RxStorage } from 'rxdb';
import { openClaimdeskDatabase, type ClaimdeskDatabase, type ClientDoc, type ActivityDoc } from '../db';
import { logActivity, type ActivityInput } from './activities';
import type { ClientDraft } from './clientDraft';
import { deleteClient, saveClient, type SavedClient } from './clients';
import type { OfficeContext } from './context';
import { checkDuplicates, type DuplicateCheck } from './duplicateCheck';
import { linkHousehold, unlinkHousehold } from './households';
import { suggestHouseholds, type HouseholdSuggestion } from './householdSuggestions';
import type { BackgroundFailureReporter, ClaimsLookupPort, Clock, OfficeCrypto } from './ports';
import { otherOffices } from './otherOffices';
import { identitySettingsFor, validateProfileInput, type Profile, type ProfileInput } from './profile';
import { adoptAccount, type AccountIdentity } from './replication/adoptAccount';
import { startOfficeSync, type OfficeSync } from './replication/officeSync';
import { followSync, openArrivalPhases } from './replication/arrivalPhase';
import { Outbox } from './replication/outbox';
import type { SyncTransport } from '../sync/transport';
import { ok, type Result } from './result';
import { merge, type Observable } from 'rxjs';
import type { RequestDoc } from '../db/schemas/request';
import { openOfflineIntake, type IntakePort, type PendingIntake } from './requests/offlineIntake';
import { createRequestInbox, type RequestViewer } from './requests/requestInbox';
import type { IntakeRequest } from '../sync';
import type { Notification, NotificationSettings } from '../notify/notificationRules';
import { openCaseInbox } from './cases/caseInbox';
import { detectCasesInOffice } from './cases/caseDetection';
import { startCaseNotifier } from './cases/caseNotifier';
import { projectClaims } from './claimsProjection';
import { createKeyHasher } from '../identity';
import { clientConflictHandler } from './replication/clientConflictHandler';
import { searchClients } from './search';
import type { ResolutionApi } from './resolution/types';
import { openOfficeResolution } from './resolution/resolution';
import { bookPages } from './readModels/clientList';
import { officeReadModels, type OfficeReadModels } from './readModels/officeReadModels';
import { rememberOfficeDatabase } from './officeDatabase';
import {
  absorbedClients,
  linkSamePerson,
  mergeSamePerson,
  samePersonCandidates,
  undoSamePersonMerge,
  type SamePersonCandidate,
} from './samePerson/samePerson';

export interface OfficeCoreOptions {
  /** Database name: one per office profile on a workstation. */
  name: string;
  storage: RxStorage<unknown, unknown>;
  multiInstance: boolean;
  crypto: OfficeCrypto;
  clock?: Clock;
  /** Defaults to ignoring failures (tests); the app logs them. */
  reportBackgroundFailure?: BackgroundFailureReporter;
}

/** The office's local database and every operation on it, the same in the browser, Electron and Node. */
export interface OfficeCore extends ResolutionApi, OfficeReadModels {
  profile(): Profile | null;
  setProfile(input: ProfileInput): Promise<Result<Profile>>;
  /**
   * This office's clients at once; other offices' from this session's look-ups, and with
   * `lookUpOtherOffices` the endpoint is asked about keys it was not asked about yet.
   */
  checkDuplicates(
    draft: Pick<ClientDraft, 'fullName' | 'phones' | 'emails'>,
    excludeClientId?: string,
    options?: { lookUpOtherOffices?: boolean },
  ): Promise<DuplicateCheck>;
  /** The signed-in session's look-up of other offices' clients; null once signed out. */
  useClaimsLookup(port: ClaimsLookupPort | null): void;
  /** Saves a client and tells which cases the save opened (see SavedClient). */
  saveClient(draft: ClientDraft, clientId?: string): Promise<Result<SavedClient>>;
  deleteClient(clientId: string): Promise<Result<true>>;
  searchClients(query: string, limit?: number): Promise<ClientDoc[]>;
  logActivity(input: ActivityInput): Promise<Result<ActivityDoc>>;
  linkHousehold(clientId: string, otherClientId: string): Promise<Result<string>>;
  unlinkHousehold(clientId: string): Promise<Result<true>>;
  /** The same manager's clients who look like this client's family (surname and a contact pattern); never linked by itself. */
  suggestHouseholds(clientId: string): Promise<HouseholdSuggestion[]>;
  /** The same manager's other records that look like this client's person (never merged by itself). */
  samePersonCandidates(clientId: string): Promise<SamePersonCandidate[]>;
  /** Marks two records of one person as linked: both kept, nothing else changes. */
  linkSamePerson(clientId: string, otherClientId: string): Promise<Result<true>>;
  /** Merges one record into another: every phone, e-mail, note and activity kept under the survivor. */
  mergeSamePerson(survivorId: string, absorbedId: string): Promise<Result<ClientDoc>>;
  /** Restores both records exactly as they were before the survivor's latest merge. */
  undoSamePersonMerge(survivorId: string, absorbedId: string): Promise<Result<true>>;
  /** The records merged into this client, oldest merge first. */
  absorbedClients(clientId: string): Promise<ClientDoc[]>;
  /** Binds the workstation to an agency account (first sign-in re-homes offline work to it). */
  adoptAccount(account: AccountIdentity): Promise<Result<Profile>>;
  /** Starts live replication with the endpoint; stop it before signing out. */
  startSync(transport: SyncTransport, endpointId: string, options?: { baseRetryMs?: number }): OfficeSync;
  /** Incoming requests of this office and those routed to it, newest first (see requests/requestInbox.ts). */
  readonly requests$: Observable<readonly RequestDoc[]>;
  /** Requests taken while the endpoint was out of reach, each with its preliminary route. */
  readonly pendingIntakes$: Observable<readonly PendingIntake[]>;
  /** Keeps a request on this workstation until a session can send it (routed preliminarily meanwhile). */
  takeRequestOffline(request: IntakeRequest): Promise<PendingIntake>;
  discardPendingIntake(externalId: string): Promise<void>;
  /** The signed-in session's intake; null once signed out. Setting one sends what waits. */
  useRequestIntake(port: IntakePort | null): void;
  sendPendingIntakes(): Promise<void>;
  /** Local changes the endpoint has not accepted yet. */
  pendingChanges(): number;
  /** Notifications this workstation should show now (already filtered and never repeated). */
  readonly notifications$: Observable<Notification>;
  readonly unseenCaseIds$: Observable<Set<string>>;
  readonly unseenCaseCount$: Observable<number>;
  markCaseSeen(caseId: string): Promise<void>;
  notificationSettings(): NotificationSettings;
  setNotificationSettings(settings: NotificationSettings): Promise<void>;
  /** The keyed hash local claims are looked up by (this workstation's own secret, which never leaves it). */
  hashIdentityKey(key: string): string;
  close(): Promise<void>;
}

const PROFILE_DOC = 'profile';
const SECRET_DOC = 'keySecret';

/** The newest request this workstation has told its person about (requests/requestInbox.ts). */
const ANNOUNCED_REQUESTS_DOC = 'announcedRequests';

export async function openOfficeCore(options: OfficeCoreOptions): Promise<OfficeCore> {
  const db = await openClaimdeskDatabase({
    name: options.name,
    storage: options.storage,
    multiInstance: options.multiInstance,
    clientConflictHandler,
  });
  const clock = options.clock ?? { now: () => Date.now() };
  const keySecret = await ensureSecret(db, options.crypto);
  let profile = ((await db.getLocal<Profile>(PROFILE_DOC))?.toJSON().data as Profile | undefined) ?? null;
  const outbox = await Outbox.open(db);
  const hashKey = createKeyHasher(keySecret.secret);

  const ctx: OfficeContext = {
    db,
    crypto: options.crypto,
    clock,
    reportBackgroundFailure: options.reportBackgroundFailure ?? (() => undefined),
    profile: () => {
      if (!profile) throw new Error('Set up this workstation (your name and office) before working with clients.');
      return profile;
    },
    identitySettings: () => identitySettingsFor(ctx.profile()),
    hashKey,
    indexSettled: () => projection.settled(),
    casesOpenedBy: (clientId, write) => detection.casesOpenedBy(clientId, write),
    officeNameOf: (officeId) => (officeId === profile?.officeId ? profile.officeName : officeId),
    changed: (collection, id, stamp) => outbox.mark(collection, id, stamp),
  };
  const projection = projectClaims(ctx);
  // Claims are hashed with the new secret from here on; the old ones (and other offices') go.
  if (keySecret.replacedAgencySecret) await projection.rebuild();
  const detection = detectCasesInOffice(ctx);
  const arrivals = await openArrivalPhases(db, clock);
  const notifier = await startCaseNotifier(ctx, arrivals);
  const inbox = await openCaseInbox(db);
  const resolution = await openOfficeResolution(ctx, outbox);
  const elsewhere = otherOffices(clock, ctx.reportBackgroundFailure);
  const requests = createRequestInbox(ctx.reportBackgroundFailure, {
    load: async () => (await db.getLocal<{ at: number }>(ANNOUNCED_REQUESTS_DOC))?.toJSON().data.at ?? 0,
    // A request announced as the core closes is announced again at the next start, not written to a closed database.
    save: async (at) => void (db.closed ? undefined : await db.upsertLocal(ANNOUNCED_REQUESTS_DOC, { at })),
  });
  const offlineIntake = await openOfflineIntake(ctx);
  const requestViewer = (): RequestViewer | null =>
    profile ? { userId: profile.userId, role: profile.role ?? 'manager', officeId: profile.officeId } : null;

  const book = bookPages(db, (error) => ctx.reportBackgroundFailure('client book order', error));
  const core: OfficeCore = {
    ...officeReadModels(db, (query, limit) => searchClients(ctx, query, limit), book),
    profile: () => profile,
    async setProfile(input) {
      const valid = validateProfileInput(input);
      if (!valid.ok) return valid;
      const next: Profile = {
        ...profile,
        ...valid.value,
        userId: profile?.userId ?? options.crypto.newId(),
        officeId: profile?.officeId ?? options.crypto.newId(),
      };
      await db.upsertLocal(PROFILE_DOC, next);
      profile = next;
      return ok(next);
    },
    checkDuplicates: (draft, excludeClientId, checkOptions) =>
      checkDuplicates(ctx, draft, excludeClientId, {
        offices: elsewhere,
        lookUp: checkOptions?.lookUpOtherOffices ?? false,
      }),
    useClaimsLookup: (port) => elsewhere.use(port),
    saveClient: (draft, clientId) => saveClient(ctx, draft, clientId),
    deleteClient: (clientId) => deleteClient(ctx, clientId),
    searchClients: (query, limit) => searchClients(ctx, query, limit),
    logActivity: (input) => logActivity(ctx, input),
    linkHousehold: (a, b) => linkHousehold(ctx, a, b),
    unlinkHousehold: (clientId) => unlinkHousehold(ctx, clientId),
    suggestHouseholds: (clientId) => suggestHouseholds(ctx, clientId),
    samePersonCandidates: (clientId) => samePersonCandidates(ctx, clientId),
    linkSamePerson: (a, b) => linkSamePerson(ctx, a, b),
    mergeSamePerson: (survivorId, absorbedId) => mergeSamePerson(ctx, survivorId, absorbedId),
    undoSamePersonMerge: (survivorId, absorbedId) => undoSamePersonMerge(ctx, survivorId, absorbedId),
    absorbedClients: (clientId) => absorbedClients(ctx, clientId),
    hashIdentityKey: (key) => ctx.hashKey(key),
    async adoptAccount(account) {
      const adopted = await adoptAccount(ctx, profile, account);
      if (!adopted.ok) return adopted;
      await db.upsertLocal(PROFILE_DOC, adopted.value);
      profile = adopted.value;
      return adopted;
    },
    startSync(transport, endpointId, syncOptions) {
      const sync = startOfficeSync(ctx, { transport, endpointId, outbox, ...syncOptions });
      const unfollow = requests.follow(transport, requestViewer, syncOptions?.baseRetryMs);
      const unfollowArrivals = followSync(sync, arrivals, (error) =>
        ctx.reportBackgroundFailure('telling new from past cases', error),
      );
      // Back online: what was taken offline goes to the endpoint now, not at the next request.
      const online = sync.status$.subscribe((status) => {
        if (status.state === 'online') void offlineIntake.flush();
      });
      return {
        status$: sync.status$,
        status: () => sync.status(),
        awaitInSync: () => sync.awaitInSync(),
        async stop() {
          online.unsubscribe();
          unfollow();
          unfollowArrivals();
          await sync.stop();
        },
      };
    },
    requests$: requests.requests$,
    pendingIntakes$: offlineIntake.pending$,
    takeRequestOffline: (request) => offlineIntake.take(request),
    discardPendingIntake: (externalId) => offlineIntake.discard(externalId),
    useRequestIntake: (port) => offlineIntake.use(port),
    sendPendingIntakes: () => offlineIntake.flush(),
    pendingChanges: () => outbox.pending,
    notifications$: merge(notifier.notifications$, requests.notifications$, offlineIntake.notifications$),
    unseenCaseIds$: inbox.unseenCaseIds$,
    unseenCaseCount$: inbox.unseenCaseCount$,
    markCaseSeen: (caseId) => inbox.markCaseSeen(caseId),
    notificationSettings: () => notifier.settings(),
    setNotificationSettings: (settings) => notifier.setSettings(settings),
    caseView$: resolution.caseView$,
    propose: resolution.propose,
    counter: resolution.counter,
    accept: resolution.accept,
    escalate: resolution.escalate,
    decide: resolution.decide,
    recordLeadHandover: resolution.recordLeadHandover,
    saveDeal: resolution.saveDeal,
    deals$: resolution.deals$,
    regulations: resolution.regulations,
    cacheRegulations: resolution.cacheRegulations,
    close: async () => {
      await projection.settled();
      await detection.settled();
      await resolution.settled();
      projection.stop();
      detection.stop();
      resolution.stop();
      notifier.stop();
      book.stop();
      await db.close();
    },
  };
  rememberOfficeDatabase(core, db);
  return core;
}

interface KeySecret {
  secret: string;
  /**
   * Set by earlier versions, which adopted the agency's secret from the endpoint at sign-in. The
   * secret now stays at the endpoint: such a workstation gets its own again (ensureSecret).
   */
  agency?: boolean;
}

/**
 * The workstation's own secret for hashing its claims, made on first open. An earlier version's
 * database holds the agency's secret and other offices' claims pulled under it: the secret is
 * replaced here, and the caller rebuilds the claims (dropping every old one) under the new secret.
 */
async function ensureSecret(
  db: ClaimdeskDatabase,
  crypto: OfficeCrypto,
): Promise<{ secret: string; replacedAgencySecret: boolean }> {
  const existing = (await db.getLocal<KeySecret>(SECRET_DOC))?.toJSON().data;
  if (existing && !existing.agency) return { secret: existing.secret, replacedAgencySecret: false };
  const created: KeySecret = { secret: crypto.randomSecret() };
  await db.upsertLocal(SECRET_DOC, created);
  return { secret: created.secret, replacedAgencySecret: existing !== undefined };
}
