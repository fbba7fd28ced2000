// Push semantics on both stores: idempotent retries, conflicts, tombstones, immutable fields, pull paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/sync-server/server';
import type { Api, OfficeTeam } from './api';
import { createTeam } from './api';
import { backends } from './backends';
import { activityDoc, clientDoc, inserts } from './fixtures';
import { startServer } from './testServer';

for (const backend of backends()) {
  describe.skipIf(!backend.runnable)(`push and pull on ${backend.name}`, () => {
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

    it('writes new documents and returns no conflicts', async () => {
      const docs = [clientDoc(team.office.id), clientDoc(team.office.id)];
      const reply = await team.manager.push('clients', inserts(docs));
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([]);
      const pulled = await team.lead.pullAll('clients');
      expect(pulled.documents.filter((d) => docs.some((x) => x.id === d.id))).toEqual(docs);
    });

    it('is idempotent: the same push retried writes nothing twice and reports no conflict', async () => {
      const { checkpoint } = await team.manager.pullAll('clients');
      const doc = clientDoc(team.office.id);
      const rows = inserts([doc]);
      expect((await team.manager.push('clients', rows)).body).toEqual([]);
      expect((await team.manager.push('clients', rows)).body).toEqual([]);
      const after = await team.manager.pullAll('clients', checkpoint);
      expect(after.documents).toEqual([doc]);
    });

    it('an update based on a stale master is a conflict: the master is returned and nothing is written', async () => {
      const doc = clientDoc(team.office.id);
      await team.manager.push('clients', inserts([doc]));
      const byLead = { ...doc, notes: 'lead was here', updatedAt: doc.updatedAt + 1 };
      expect((await team.lead.push('clients', [{ assumedMasterState: doc, newDocumentState: byLead }])).body).toEqual(
        [],
      );
      const byManager = { ...doc, company: 'ООО Ромашка', updatedAt: doc.updatedAt + 2 };
      const { checkpoint } = await team.manager.pullAll('clients');
      const conflict = await team.manager.push('clients', [{ assumedMasterState: doc, newDocumentState: byManager }]);
      expect(conflict.status).toBe(200);
      expect(conflict.body).toEqual([byLead]);
      // A "new" document whose id exists is a conflict too.
      expect((await team.manager.push('clients', inserts([byManager]))).body).toEqual([byLead]);
      expect((await team.manager.pullAll('clients', checkpoint)).documents).toEqual([]);
    });

    it('compares master states as JSON, ignoring key order', async () => {
      const doc = clientDoc(team.office.id);
      await team.manager.push('clients', inserts([doc]));
      const reordered = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
      const next = { ...doc, notes: 'second call' };
      expect(
        (await team.manager.push('clients', [{ assumedMasterState: reordered, newDocumentState: next }])).body,
      ).toEqual([]);
    });

    it('deletions are tombstones that replicate', async () => {
      const doc = clientDoc(team.office.id);
      await team.manager.push('clients', inserts([doc]));
      const { checkpoint } = await team.lead.pullAll('clients');
      const tombstone = { ...doc, _deleted: true };
      expect(
        (await team.manager.push('clients', [{ assumedMasterState: doc, newDocumentState: tombstone }])).body,
      ).toEqual([]);
      expect((await team.lead.pullAll('clients', checkpoint)).documents).toEqual([tombstone]);
    });

    it('refuses to move a client to another office (409, nothing written)', async () => {
      const doc = clientDoc(team.office.id);
      await team.manager.push('clients', inserts([doc]));
      const other = await admin.createOffice(`Other ${doc.id}`);
      const { checkpoint } = await admin.pullAll('clients');
      const moved = await admin.push('clients', [
        { assumedMasterState: doc, newDocumentState: { ...doc, officeId: other.id } },
      ]);
      expect(moved.status).toBe(409);
      expect(moved.body).toMatchObject({ error: { code: 'immutable_field' } });
      expect((await admin.pullAll('clients', checkpoint)).documents).toEqual([]);
    });

    it('activities are facts: a rewrite is refused, a tombstone is accepted', async () => {
      const act = activityDoc(team.office.id, 'client-1');
      await team.manager.push('activities', inserts([act]));
      const rewrite = await team.manager.push('activities', [
        { assumedMasterState: act, newDocumentState: { ...act, note: 'changed my mind' } },
      ]);
      expect(rewrite.status).toBe(409);
      expect(rewrite.body).toMatchObject({ error: { code: 'immutable_field' } });
      const gone = await team.manager.push('activities', [
        { assumedMasterState: act, newDocumentState: { ...act, _deleted: true } },
      ]);
      expect(gone.body).toEqual([]);
    });

    it('pull pages in seq order, returns the given checkpoint when nothing is new, and validates its query', async () => {
      const fresh = await createTeam(admin, 'Paging');
      const docs = Array.from({ length: 7 }, () => clientDoc(fresh.office.id));
      await fresh.manager.push('clients', inserts(docs));
      const first = await fresh.manager.pull('clients', null, 3);
      expect(first.body.documents.map((d) => d.id)).toEqual(docs.slice(0, 3).map((d) => d.id));
      const rest = await fresh.manager.pullAll('clients', first.body.checkpoint, 3);
      expect(rest.documents.map((d) => d.id)).toEqual(docs.slice(3).map((d) => d.id));
      const empty = await fresh.manager.pull('clients', rest.checkpoint, 3);
      expect(empty.body).toEqual({ documents: [], checkpoint: rest.checkpoint });
      expect((await fresh.manager.request('GET', '/api/v1/sync/clients/pull?limit=0')).status).toBe(400);
      expect((await fresh.manager.request('GET', '/api/v1/sync/clients/pull?checkpoint=%7Bnope')).status).toBe(400);
      expect((await fresh.manager.request('GET', '/api/v1/sync/nametokens/pull')).body).toMatchObject({
        error: { code: 'unknown_collection' },
      });
    });
  });
}
