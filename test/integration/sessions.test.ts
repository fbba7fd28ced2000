// A session ends everywhere at once: disabling a user, resetting their password or signing out
// closes their open live streams on every endpoint process; and a burst of parallel password
// guesses is counted before any password is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, type ApiError, type SyncCollectionName } from '../../shared/sync';
import type { SpawnedEndpoint } from '../support/spawnEndpoint';
import { createTeam, TEST_PASSWORD, type Api, type OfficeTeam } from './api';
import { backends, postgresOnly } from './backends';
import { clientDoc, inserts } from './fixtures';
import { documentsOf, openStream } from './sse';
import { spawnServer, startServer } from './testServer';

const MAX_FAILURES = 3;
/** Well under the 15 s heartbeat that used to be the only way a revoked stream ended. */
const PROMPTLY_MS = 5_000;

/** A live stream and the moment the endpoint ends it (its body reaches end of stream). */
async function openEndingStream(
  base: string,
  token: string,
  collection: SyncCollectionName = 'clients',
): Promise<{ status: number; ended: Promise<void>; close(): void }> {
  const abort = new AbortController();
  const response = await fetch(base + API_PATHS.stream(collection), {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const reader = response.body!.getReader();
  const ended = (async () => {
    for (;;) if ((await reader.read()).done) return;
  })();
  return { status: response.status, ended, close: () => abort.abort() };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`sessions on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore(), {
        throttle: { maxFailures: MAX_FAILURES, lockMs: 60_000 },
      }));
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const login = (username: string, password: string) =>
      anonymous.request<ApiError>('POST', API_PATHS.login, { username, password });

    it(`15 parallel wrong passwords: at most ${MAX_FAILURES} are checked, the rest are refused with 429`, async () => {
      const team = await createTeam(admin, 'Burst');
      const replies = await Promise.all(
        Array.from({ length: 15 }, (_, i) => login(team.managerUser.username, `wrong password ${i}`)),
      );
      const statuses = replies.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15 - MAX_FAILURES);
      const refused = replies.find((r) => r.status === 429)!;
      expect(refused.body.error.code).toBe('too_many_requests');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Locked: even the right password is not checked now.
      expect((await login(team.managerUser.username, TEST_PASSWORD)).status).toBe(429);
    });

    it('a correct password clears the count of failed attempts', async () => {
      const team = await createTeam(admin, 'Clear');
      const user = team.leadUser.username;
      for (let i = 1; i < MAX_FAILURES; i++) expect((await login(user, 'not the password')).status).toBe(401);
      expect((await login(user, TEST_PASSWORD)).status).toBe(200);
      for (let i = 0; i < MAX_FAILURES; i++) expect((await login(user, 'not the password')).status).toBe(401);
      expect((await login(user, 'not the password')).status).toBe(429);
    });

    describe('open live streams', () => {
      let team: OfficeTeam;
      beforeAll(async () => {
        team = await createTeam(admin, 'Streams');
      });

      it("disabling a user ends the user's open stream at once", async () => {
        const session = await anonymous.login(team.managerUser.username, TEST_PASSWORD);
        const stream = await openEndingStream(server.url, session.token!);
        try {
          expect(stream.status).toBe(200);
          const started = performance.now();
          expect((await admin.request('POST', API_PATHS.adminUserDisable(team.managerUser.id), {})).status).toBe(200);
          await within(stream.ended, PROMPTLY_MS, 'the stream ending after the user was disabled');
          console.info(
            `[figures] ${backend.name}: disable -> stream ended: ${(performance.now() - started).toFixed(1)} ms`,
          );
        } finally {
          stream.close();
        }
      });

      it("resetting a password ends the user's open streams", async () => {
        const session = await anonymous.login(team.leadUser.username, TEST_PASSWORD);
        const clients = await openEndingStream(server.url, session.token!, 'clients');
        const cases = await openEndingStream(server.url, session.token!, 'cases');
        try {
          const reset = await admin.request('POST', API_PATHS.adminUserPassword(team.leadUser.id), {
            password: 'another long password',
          });
          expect(reset.status).toBe(200);
          await within(Promise.all([clients.ended, cases.ended]), PROMPTLY_MS, 'both streams ending after a reset');
        } finally {
          clients.close();
          cases.close();
        }
      });

      it("signing out ends that session's streams only", async () => {
        const other = await createTeam(admin, 'Logout');
        const leaving = await anonymous.login(other.managerUser.username, TEST_PASSWORD);
        const ending = await openEndingStream(server.url, leaving.token!);
        const staying = await openStream(server.url, other.manager.token!, 'clients');
        try {
          await staying.waitFor((m) => m === 'RESYNC');
          expect((await leaving.request('POST', API_PATHS.logout)).status).toBe(204);
          await within(ending.ended, PROMPTLY_MS, 'the stream ending after sign-out');
          const doc = clientDoc(other.office.id);
          expect((await other.manager.push('clients', inserts([doc]))).status).toBe(200);
          await staying.waitFor((m) => documentsOf(m).some((d) => d.id === doc.id));
        } finally {
          ending.close();
          staying.close();
        }
      });
    });
  });
}

const postgres = postgresOnly();

describe.skipIf(!postgres.runnable)('sessions across two endpoint processes on one PostgreSQL', () => {
  let inProcess: SyncServer | undefined;
  let child: SpawnedEndpoint | undefined;
  afterAll(async () => {
    child?.process.kill('SIGTERM');
    await child?.exited;
    await inProcess?.close();
    await postgres.cleanup();
  });

  it('disabling a user through one process ends their stream on the other', async () => {
    const location = await postgres.freshStore();
    const started = await startServer(location);
    inProcess = started.server;
    child = await spawnServer(location);
    const team = await createTeam(started.admin);
    const stream = await openEndingStream(child.url, team.manager.token!);
    try {
      expect(stream.status).toBe(200);
      const sent = performance.now();
      const disabled = await started.admin.request('POST', API_PATHS.adminUserDisable(team.managerUser.id), {});
      expect(disabled.status).toBe(200);
      await within(stream.ended, PROMPTLY_MS, "the other process's stream ending after the user was disabled");
      console.info(
        `[figures] disable in one process -> stream ended on the other: ${(performance.now() - sent).toFixed(1)} ms`,
      );
    } finally {
      stream.close();
    }
  }, 120_000);
});
