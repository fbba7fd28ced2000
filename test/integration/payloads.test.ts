// Malformed, oversized and wrong-typed payloads on every write path: 400/409/413/415, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, SYNC_LIMITS, type ApiError, type Directory } from '../../shared/sync';
import { createTeam, type Api, type OfficeTeam } from './api';
import { backends } from './backends';
import { activityDoc, clientDoc, inserts } from './fixtures';
import { startServer } from './testServer';

interface BadPush {
  name: string;
  body: (officeId: string) => unknown;
  status: number;
  code: string;
}

const valid = (officeId: string) => inserts([clientDoc(officeId)]);

const BAD_PUSHES: BadPush[] = [
  { name: 'invalid JSON', body: () => '[{"assumedMasterState": null,', status: 400, code: 'bad_request' },
  { name: 'an object instead of an array', body: (o) => ({ rows: valid(o) }), status: 400, code: 'validation_failed' },
  {
    name: 'a row without newDocumentState',
    body: (o) => [...valid(o), { assumedMasterState: null }],
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a row without assumedMasterState',
    body: (o) => [...valid(o), { newDocumentState: clientDoc(o) }],
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a number where a string belongs',
    body: (o) => [...valid(o), ...inserts([{ ...clientDoc(o), fullName: 42 as unknown as string }])],
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a string where a number belongs',
    body: (o) => [...valid(o), ...inserts([{ ...clientDoc(o), createdAt: '2024-01-01' as unknown as number }])],
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a missing required field',
    body: (o) => {
      const { fullName: _f, ...rest } = clientDoc(o);
      return [...valid(o), { assumedMasterState: null, newDocumentState: rest }];
    },
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'an undeclared field',
    body: (o) => [...valid(o), ...inserts([{ ...clientDoc(o), secret: 'x' } as never])],
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a missing _deleted',
    body: (o) => {
      const { _deleted: _d, ...rest } = clientDoc(o);
      return [...valid(o), { assumedMasterState: null, newDocumentState: rest }];
    },
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a too long string',
    body: (o) => [...valid(o), ...inserts([clientDoc(o, { notes: 'x'.repeat(10_001) })])],
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'the same document twice',
    body: (o) => {
      const d = clientDoc(o);
      return inserts([d, { ...d, notes: 'again' }]);
    },
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a server-owned field (_rev)',
    body: (o) => [...valid(o), ...inserts([{ ...clientDoc(o), _rev: '1-abc' } as never])],
    status: 409,
    code: 'server_owned_field',
  },
  {
    name: 'a server-owned field (_meta)',
    body: (o) => [...valid(o), ...inserts([{ ...clientDoc(o), _meta: { lwt: 1 } } as never])],
    status: 409,
    code: 'server_owned_field',
  },
  {
    name: 'an unknown office',
    body: (o) => [...valid(o), ...inserts([clientDoc('no-such-office')])],
    status: 403,
    code: 'forbidden_office',
  },
  {
    name: `more than ${SYNC_LIMITS.maxPushRows} rows`,
    body: (o) => inserts(Array.from({ length: SYNC_LIMITS.maxPushRows + 1 }, () => clientDoc(o))),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'a body over 5 MB',
    body: (o) => inserts(Array.from({ length: 600 }, () => clientDoc(o, { notes: 'n'.repeat(9_000) }))),
    status: 413,
    code: 'payload_too_large',
  },
];

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`bad payloads on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let team: OfficeTeam;
    beforeAll(async () => {
      ({ server, admin } = await startServer(await backend.freshStore()));
      team = await createTeam(admin);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const nothingNew = async (collection: 'clients' | 'activities', checkpoint: { seq: number } | null) =>
      expect((await admin.pullAll(collection, checkpoint)).documents).toEqual([]);

    for (const collection of ['clients', 'activities'] as const) {
      it.each(BAD_PUSHES)(`push ${collection}: $name -> $status, nothing written`, async ({ body, status, code }) => {
        const { checkpoint } = await admin.pullAll(collection);
        const raw = body(team.office.id);
        // The same malformation applied to activities: swap client documents for activities.
        const payload =
          collection === 'activities' && Array.isArray(raw)
            ? raw.map((r) =>
                r?.newDocumentState
                  ? { ...r, newDocumentState: { ...activityDoc(team.office.id, 'c'), ...pick(r.newDocumentState) } }
                  : r,
              )
            : raw;
        const reply = await team.manager.push(collection, payload);
        expect(reply.status).toBe(status);
        expect((reply.body as unknown as ApiError).error.code).toBe(code);
        await nothingNew(collection, checkpoint);
      });
    }

    it('a push sent as text/plain is refused (400: fastify reads it as a string, not rows), nothing written', async () => {
      const { checkpoint } = await admin.pullAll('clients');
      const reply = await team.manager.request<ApiError>(
        'POST',
        API_PATHS.push('clients'),
        JSON.stringify(valid(team.office.id)),
        { 'content-type': 'text/plain' },
      );
      expect(reply.status).toBe(400);
      await nothingNew('clients', checkpoint);
    });

    it('admin write paths: wrong types, invalid JSON and oversized bodies create nothing', async () => {
      const before = (await admin.request<Directory>('GET', API_PATHS.directory)).body;
      const attempts: [string, unknown, number][] = [
        [API_PATHS.adminOffices, { name: 42 }, 400],
        [API_PATHS.adminOffices, '{"name":', 400],
        [API_PATHS.adminOffices, [], 400],
        [API_PATHS.adminOffices, { name: 'x'.repeat(70_000) }, 413],
        [
          API_PATHS.adminUsers,
          { username: ['a'], password: 1234567890123, name: {}, officeId: 7, role: 'manager' },
          400,
        ],
        [API_PATHS.adminUsers, '{"username":"x"', 400],
        [
          API_PATHS.adminUsers,
          { username: 'big', password: 'p'.repeat(70_000), name: 'B', officeId: team.office.id, role: 'lead' },
          413,
        ],
        [API_PATHS.adminUserPassword(team.leadUser.id), { password: ['x'] }, 400],
        [API_PATHS.login, { username: 5, password: null }, 400],
        [API_PATHS.login, 'not json', 400],
      ];
      for (const [path, body, status] of attempts) {
        const reply = await admin.request<ApiError>('POST', path, body);
        expect({ path, status: reply.status }).toEqual({ path, status });
        expect(reply.body.error.message.length).toBeGreaterThan(10);
      }
      expect((await admin.request<Directory>('GET', API_PATHS.directory)).body).toEqual(before);
      // The lead's password was not changed by the refused reset.
      expect((await team.lead.request('GET', API_PATHS.directory)).status).toBe(200);
    });
  });
}

/** The fields of a malformed client document that the activities schema shares or lacks. */
function pick(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'fullName' && typeof v !== 'string') out.note = v;
    else if (k === 'createdAt' || k === 'officeId' || k === 'id' || k.startsWith('_') || k === 'secret') out[k] = v;
    else if (k === 'notes' && !('note' in out)) out.note = v;
  }
  if (!('_deleted' in doc)) out._deleted = undefined;
  if (!('fullName' in doc)) out.authorName = undefined;
  return out;
}
