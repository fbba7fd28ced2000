// An office core in the test's own process, signed in to the e2e endpoint: a colleague who fills
// the endpoint with real data (clients, duplicates, cases) faster than a browser could.
import { createSyncTransport } from '../../shared/endpoint';
import { emptyDraft, type ClientDraft, type OfficeCore, type OfficeSync } from '../../shared/office';
import { openMemoryOffice } from '../support/memoryOffice';
import { nodeHttp } from '../support/nodeHttp';
import { adoptSession, signIn } from '../support/signIn';
import type { Account } from './endpoint';

export class NodeOffice {
  private constructor(
    readonly core: OfficeCore,
    private readonly sync: OfficeSync,
  ) {}

  static async signIn(endpoint: string, account: Account, officeName: string): Promise<NodeOffice> {
    const core = await openMemoryOffice({
      profile: { userName: account.name, officeName, defaultCountry: 'RU' },
      validate: false,
    });
    const session = await signIn(endpoint, account.username, account.password);
    await adoptSession(core, endpoint, session, officeName);
    const sync = core.startSync(
      createSyncTransport({ baseUrl: endpoint, token: () => session.token, http: nodeHttp() }),
      endpoint,
      { baseRetryMs: 50 },
    );
    return new NodeOffice(core, sync);
  }

  async save(fields: Partial<ClientDraft>): Promise<void> {
    const saved = await this.core.saveClient({ ...emptyDraft(), ...fields });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  }

  /** Everything saved here has reached the endpoint. */
  inSync(): Promise<void> {
    return this.sync.awaitInSync();
  }

  async close(): Promise<void> {
    await this.sync.stop();
    await this.core.close();
  }
}
