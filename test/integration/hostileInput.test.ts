// Hostile input on every route: NUL characters, lone surrogates, invalid UTF-8, deep nesting and
// undeclared fields anywhere in a body, odd characters in the address. Each is a 4xx in the
// {"error": {code, message, fields?}} shape that names the problem, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import { API_PATHS, API_PREFIX, type ApiError, type Directory } from '../../shared/sync';
import { createTeam, type Api, type OfficeTeam, type Reply } from './api';
import { backends } from './backends';
import { clientDoc, inserts } from './fixtures';
import { startServer } from './testServer';

/** Sends raw bytes: fetch would otherwise encode the text as valid UTF-8. */
async function sendBytes(api: Api, method: string, path: string, body: Buffer | string): Promise<Reply<ApiError>> {
  const response = await fetch(api.base + path, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as ApiError, headers: response.headers };
}

function expectRefusal(reply: Reply<unknown>, status: number, code: string, message: RegExp): ApiError {
  const body = reply.body as ApiError;
  expect({ status: reply.status, code: body?.error?.code }).toEqual({ status, code });
  expect(body.error.message).toMatch(message);
  return body;
}

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`hostile input on ${backend.name}`, () => {
    let server: SyncServer;
    let admin: Api;
    let anonymous: Api;
    let team: OfficeTeam;

    beforeAll(async () => {
      ({ server, admin, anonymous } = await startServer(await backend.freshStore()));
      team = await createTeam(admin);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await backend.cleanup();
    });

    const nothingNewAfter = async (attempt: () => Promise<void>): Promise<void> => {
      const { checkpoint } = await admin.pullAll('clients');
      const directory = (await admin.request<Directory>('GET', API_PATHS.directory)).body;
      await attempt();
      expect((await admin.pullAll('clients', checkpoint)).documents).toEqual([]);
      expect((await admin.request<Directory>('GET', API_PATHS.directory)).body).toEqual(directory);
    };

    describe('in a push', () => {
      const doc = () => clientDoc(team.office.id);

      it('a NUL character in a string names the field', () =>
        nothingNewAfter(async () => {
          const reply = await team.manager.push('clients', inserts([doc(), { ...doc(), fullName: 'Iva\u0000n' }]));
          const body = expectRefusal(reply, 400, 'validation_failed', /NUL/);
          expect(body.error.fields?.[0]?.field).toBe('[1].newDocumentState.fullName');
        }));

      it('a NUL character in a field name nested in a phone entry', () =>
        nothingNewAfter(async () => {
          const phones = [{ e164: '+79161234567', extension: '', 'ext\u0000': 1 }];
          const reply = await team.manager.push('clients', inserts([{ ...doc(), phones } as never]));
          const body = expectRefusal(reply, 400, 'validation_failed', /field name contains a NUL/);
          expect(body.error.fields?.[0]?.field).toBe('[0].newDocumentState.phones[0].ext\u0000');
        }));

      it('a lone surrogate in a string', () =>
        nothingNewAfter(async () => {
          const reply = await team.manager.push('clients', inserts([{ ...doc(), notes: 'half an emoji: \ud83d' }]));
          const body = expectRefusal(reply, 400, 'validation_failed', /lone UTF-16 surrogate/);
          expect(body.error.fields?.[0]?.field).toBe('[0].newDocumentState.notes');
        }));

      it('invalid UTF-8 is refused, not stored as U+FFFD', () =>
        nothingNewAfter(async () => {
          const text = JSON.stringify(inserts([{ ...doc(), notes: '@@' }]));
          const [before, after] = text.split('@@') as [string, string];
          const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(after)]);
          const reply = await sendBytes(team.manager, 'POST', API_PATHS.push('clients'), bytes);
          expectRefusal(reply, 400, 'bad_request', /not valid UTF-8/);
        }));

      it('a 20,000-level nested array inside a phone entry', () =>
        nothingNewAfter(async () => {
          const phones = [{ e164: '+79161234567', extension: '', deep: '@@' }];
          const text = JSON.stringify(inserts([{ ...doc(), phones } as never])).replace(
            '"@@"',
            `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
          );
          const reply = await sendBytes(team.manager, 'POST', API_PATHS.push('clients'), text);
          expectRefusal(reply, 400, 'bad_request', /levels deep/);
        }));

      it('an undeclared 1 MB field inside a phone entry', () =>
        nothingNewAfter(async () => {
          const phones = [{ e164: '+79161234567', extension: '', blob: 'x'.repeat(1_000_000) }];
          const reply = await team.manager.push('clients', inserts([{ ...doc(), phones } as never]));
          const body = expectRefusal(reply, 400, 'validation_failed', /phones\[0\]\.blob is not a field/);
          expect(body.error.fields).toEqual([
            { field: '[0].newDocumentState.phones[0].blob', message: 'is not a field of this document' },
          ]);
        }));

      it('a __proto__ field', () =>
        nothingNewAfter(async () => {
          const text = JSON.stringify(inserts([doc()])).replace('"phones":', '"__proto__":{"x":1},"phones":');
          const reply = await sendBytes(team.manager, 'POST', API_PATHS.push('clients'), text);
          expectRefusal(reply, 400, 'validation_failed', /__proto__.*forbidden/);
        }));
    });

    describe('in other bodies', () => {
      it('sign-in with a NUL in the username or a lone surrogate in the password', async () => {
        expectRefusal(
          await anonymous.request('POST', API_PATHS.login, { username: 'ad\u0000min', password: 'whatever pass' }),
          400,
          'validation_failed',
          /username contains a NUL/,
        );
        expectRefusal(
          await anonymous.request('POST', API_PATHS.login, { username: 'admin', password: 'x\udc00' }),
          400,
          'validation_failed',
          /password contains a lone UTF-16 surrogate/,
        );
      });

      it('admin writes: NUL, invalid UTF-8, deep nesting, lone surrogates', () =>
        nothingNewAfter(async () => {
          expectRefusal(
            await admin.request('POST', API_PATHS.adminOffices, { name: 'Office\u0000' }),
            400,
            'validation_failed',
            /name contains a NUL/,
          );
          expectRefusal(
            await sendBytes(admin, 'POST', API_PATHS.adminOffices, Buffer.from([0x7b, 0x22, 0x6e, 0xed, 0xa0, 0x80])),
            400,
            'bad_request',
            /not valid UTF-8/,
          );
          expectRefusal(
            await sendBytes(admin, 'POST', API_PATHS.adminOffices, `{"name":${'['.repeat(50)}${']'.repeat(50)}}`),
            400,
            'bad_request',
            /levels deep/,
          );
          expectRefusal(
            await admin.request('POST', API_PATHS.adminUsers, {
              username: 'hostile',
              password: 'long enough password',
              name: 'Name \ud800',
              officeId: team.office.id,
              role: 'manager',
            }),
            400,
            'validation_failed',
            /name contains a lone/,
          );
          expectRefusal(
            await admin.request('POST', API_PATHS.adminUserPassword(team.leadUser.id), {
              password: 'long\u0000password',
            }),
            400,
            'validation_failed',
            /password contains a NUL/,
          );
        }));

      it('regulations with a NUL inside a rule', async () => {
        const before = await team.lead.request('GET', API_PATHS.regulations);
        const reply = await team.lead.request('PUT', API_PATHS.regulations, {
          rules: [{ id: 'r1', name: 'Rule\u0000', conditions: {}, outcome: { type: 'stayWithOwner' } }],
          note: '',
          basedOnVersion: 0,
        });
        const body = expectRefusal(reply, 400, 'validation_failed', /NUL/);
        expect(body.error.fields?.[0]?.field).toBe('rules[0].name');
        expect((await team.lead.request('GET', API_PATHS.regulations)).body).toEqual(before.body);
      });
    });

    describe('in the address', () => {
      it('a NUL in a case id, an undecodable case id, an over-long case id', async () => {
        expect(
          expectRefusal(
            await team.manager.request('GET', `${API_PREFIX}/cases/case%00x/evidence`),
            400,
            'bad_request',
            /caseId contains a NUL/,
          ).error.fields,
        ).toEqual([{ field: 'caseId', message: expect.stringMatching(/NUL/) as string }]);
        expectRefusal(
          await team.manager.request('GET', `${API_PREFIX}/cases/case%ED%A0%80/evidence`),
          400,
          'bad_request',
          /percent-encoded UTF-8/,
        );
        expectRefusal(
          await team.manager.request('GET', API_PATHS.caseEvidence('c'.repeat(220))),
          400,
          'bad_request',
          /caseId in the address is longer than 200/,
        );
        expectRefusal(
          await team.manager.request('GET', API_PATHS.caseEvidence('c'.repeat(300))),
          414,
          'bad_request',
          /too long/,
        );
        expect((await team.manager.request('GET', API_PATHS.caseEvidence('case:a:b'))).status).toBe(404);
      });

      it('odd user ids in admin paths change nothing', () =>
        nothingNewAfter(async () => {
          for (const path of [
            `${API_PREFIX}/admin/users/%00/disable`,
            `${API_PREFIX}/admin/users/a%01b/password`,
            `${API_PREFIX}/admin/users/%F0%9F/disable`,
          ]) {
            const reply = await admin.request('POST', path, { password: 'long enough password' });
            expectRefusal(reply, 400, 'bad_request', /./);
          }
        }));

      it('a NUL or a lone surrogate in a query string', async () => {
        expectRefusal(
          await team.manager.request('GET', `${API_PREFIX}/sync/clients/pull?checkpoint=%7B%22seq%22%3A1%00%7D`),
          400,
          'bad_request',
          /checkpoint contains a NUL/,
        );
        expectRefusal(
          await team.lead.request('GET', `${API_PATHS.caseReport}?from=2024-01-01%00&to=2024-02-01`),
          400,
          'bad_request',
          /from contains a NUL/,
        );
        const stream = await team.manager.request('GET', `${API_PREFIX}/sync/clients%00/stream`);
        expectRefusal(stream, 400, 'bad_request', /collection contains a NUL/);
      });
    });
  });
}
