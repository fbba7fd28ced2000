import { tap } from 'rxjs';
import { create } from 'zustand';
import { intakePortFor, type OfficeCore, type OfficeSync, type Profile, type SyncStatus } from '../../shared/office';
import { SyncError, type SyncTransport } from '../../shared/sync';
import {
  createClaimsLookup,
  createEndpointRequest,
  createRequestsClient,
  createSyncTransport,
  signIn,
  signOut,
  type EndpointHttp,
  type SignInFailure,
} from '../../shared/endpoint';
import type { Platform, StoredSession } from '../platform/platform';
import { browserHttp } from './browserHttp';
import { workstationReporter } from './workstation';

/** Where this workstation stands with the agency's endpoint. */
export type Connection =
  | { kind: 'alone' }
  | { kind: 'signedIn'; session: StoredSession; persisted: boolean }
  /** The endpoint refused the token (expired, revoked, account disabled): sync is stopped until the user signs in. */
  | { kind: 'signInAgain'; session: StoredSession };

interface SyncState {
  connection: Connection;
  status: SyncStatus | null;
  /** The code of the last failed request (SyncError.code), so the UI can put it in words. */
  lastErrorCode: string | null;
  /** The operating system's own idea of the network (navigator.onLine). */
  networkUp: boolean;
}

export const useSync = create<SyncState>()(() => ({
  connection: { kind: 'alone' },
  status: null,
  lastErrorCode: null,
  networkUp: typeof navigator === 'undefined' ? true : navigator.onLine,
}));

export type SignInResult =
  | { ok: true; persisted: boolean; profile: Profile }
  | {
      ok: false;
      failure:
        SignInFailure | { code: 'other_account'; owner: Pick<Profile, 'userName' | 'officeName'>; userName: string };
    };

export interface SignInInput {
  endpoint: string;
  username: string;
  password: string;
}

/**
 * The sign-in and the live replication it enables. One per open database; the UI reads its state
 * from useSync and calls signIn/signOut.
 */
export class SessionController {
  private sync: OfficeSync | null = null;
  private unsubscribeStatus: (() => void) | null = null;
  private lookupSession: StoredSession | null = null;
  private resumed = false;
  private restarting: Promise<void> | null = null;

  constructor(
    private readonly core: OfficeCore,
    private readonly platform: Platform,
    private readonly options: { http?: EndpointHttp; now?: () => number; win?: Pick<Window, 'addEventListener'> } = {},
  ) {}

  /** At start: continue with the saved sign-in, if any. */
  async resume(): Promise<void> {
    if (this.resumed) return;
    this.resumed = true;
    this.watchNetwork();
    const session = await this.platform.sessions.load().catch(() => null);
    if (!session) return;
    const profile = this.core.profile();
    if (profile?.account && profile.account !== `${session.userId}@${session.endpoint}`) return; // not this database's account
    if (session.expiresAt <= this.now()) {
      useSync.setState({ connection: { kind: 'signInAgain', session } });
      return;
    }
    this.start(session, true);
  }

  async signIn(input: SignInInput): Promise<SignInResult> {
    const outcome = await signIn({ ...input, http: this.http(), now: this.options.now });
    if (!outcome.ok) return outcome;
    const { login, officeName } = outcome;
    const current = this.core.profile();
    const adopted = await this.core.adoptAccount({
      endpointId: input.endpoint,
      userId: login.user.id,
      userName: login.user.name,
      officeId: login.user.officeId!,
      officeName,
      role: login.user.role,
    });
    if (!adopted.ok) {
      await signOut(input.endpoint, login.token, this.http());
      return {
        ok: false,
        failure: {
          code: 'other_account',
          owner: { userName: current?.userName ?? '', officeName: current?.officeName ?? '' },
          userName: login.user.name,
        },
      };
    }
    const session: StoredSession = {
      endpoint: input.endpoint,
      token: login.token,
      userId: login.user.id,
      userName: login.user.name,
      officeId: login.user.officeId!,
      officeName,
      role: login.user.role,
      expiresAt: login.expiresAt,
    };
    await this.stopSync();
    const persisted = await this.platform.sessions.save(session).then(
      (r) => r.persisted,
      () => false,
    );
    this.start(session, persisted);
    return { ok: true, persisted, profile: adopted.value };
  }

  /** Stops syncing and forgets the token; the client book stays on this computer. */
  async signOut(): Promise<void> {
    const connection = useSync.getState().connection;
    await this.stopSync();
    this.core.useClaimsLookup(null);
    this.core.useRequestIntake(null);
    this.lookupSession = null;
    await this.platform.sessions.clear().catch(() => undefined);
    useSync.setState({ connection: { kind: 'alone' }, status: null, lastErrorCode: null });
    if (connection.kind === 'signedIn')
      await signOut(connection.session.endpoint, connection.session.token, this.http());
  }

  async dispose(): Promise<void> {
    await this.stopSync();
  }

  private start(session: StoredSession, persisted: boolean): void {
    const transport = watchErrors(
      createSyncTransport({
        baseUrl: session.endpoint,
        token: () => session.token,
        http: this.http(),
        workstation: workstationReporter(this.platform, () => this.sync?.status().pending ?? 0),
      }),
      (error) => this.onRequestFailed(session, error),
    );
    const sync = this.core.startSync(transport, session.endpoint);
    this.sync = sync;
    // One look-up (and its answers) per session: reconnecting after a network drop keeps them.
    if (this.lookupSession !== session) {
      this.lookupSession = session;
      this.core.useClaimsLookup(
        createClaimsLookup({ baseUrl: session.endpoint, token: () => session.token, http: this.http() }),
      );
      this.core.useRequestIntake(
        intakePortFor(
          createRequestsClient(
            createEndpointRequest({ baseUrl: session.endpoint, token: () => session.token, http: this.http() }),
          ),
        ),
      );
    }
    useSync.setState({
      connection: { kind: 'signedIn', session, persisted },
      status: sync.status(),
      lastErrorCode: null,
    });
    const subscription = sync.status$.subscribe((status) => {
      if (this.sync !== sync) return;
      useSync.setState((s) => ({ status, lastErrorCode: status.lastError ? s.lastErrorCode : null }));
    });
    this.unsubscribeStatus = () => subscription.unsubscribe();
  }

  private async stopSync(): Promise<void> {
    const sync = this.sync;
    this.sync = null;
    this.unsubscribeStatus?.();
    this.unsubscribeStatus = null;
    await sync?.stop().catch(() => undefined);
  }

  private onRequestFailed(session: StoredSession, error: unknown): void {
    const code = error instanceof SyncError ? error.code : null;
    useSync.setState({ lastErrorCode: code });
    if (error instanceof SyncError && error.status === 401) {
      const connection = useSync.getState().connection;
      if (connection.kind !== 'signedIn' || connection.session !== session) return;
      // Retrying with a refused token only repeats the refusal: stop and ask the person to sign in.
      useSync.setState({ connection: { kind: 'signInAgain', session } });
      queueMicrotask(() => void this.stopSync());
    }
  }

  /** The network came back: reconnect now instead of waiting out the retry back-off. */
  private watchNetwork(): void {
    const win = this.options.win ?? (typeof window === 'undefined' ? undefined : window);
    win?.addEventListener('offline', () => useSync.setState({ networkUp: false }));
    win?.addEventListener('online', () => {
      useSync.setState({ networkUp: true });
      const connection = useSync.getState().connection;
      const state = this.sync?.status().state;
      if (connection.kind === 'signedIn' && state !== 'online' && !this.restarting) {
        this.restarting = this.stopSync()
          .then(() => {
            const now = useSync.getState().connection;
            if (now.kind === 'signedIn' && now.session === connection.session && !this.sync)
              this.start(connection.session, connection.persisted);
          })
          .finally(() => {
            this.restarting = null;
          });
      }
    });
  }

  private http(): EndpointHttp {
    return this.options.http ?? browserHttp;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

/** Reports every failed request to `onError`, passing the failure on unchanged. */
export function watchErrors(inner: SyncTransport, onError: (error: unknown) => void): SyncTransport {
  const report = (error: unknown): never => {
    onError(error);
    throw error;
  };
  return {
    pull: (collection, checkpoint, limit) => inner.pull(collection, checkpoint, limit).catch(report),
    push: (collection, rows) => inner.push(collection, rows).catch(report),
    stream: (collection) => inner.stream(collection).pipe(tap({ error: onError })),
  };
}
