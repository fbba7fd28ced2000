// A real sync endpoint for the browser tests: the entry point as a child process on a free port,
// on a throw-away embedded database. It also serves the web build, so pages load from it and
// the app talks to its own origin, as an office using the browser would.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createEndpointClient, type EndpointClient } from '../../shared/endpoint';
import type { Office, Role } from '../../shared/sync';
import { endpointValue } from '../support/endpointValue';
import { nodeHttp } from '../support/nodeHttp';
import { spawnEndpoint } from '../support/spawnEndpoint';

const ROOT = join(import.meta.dirname, '..', '..');
export const ADMIN_PASSWORD = 'e2e admin password';
export const PASSWORD = 'correct horse battery staple';

export interface Account {
  username: string;
  password: string;
  name: string;
  officeId: string;
}

export class Endpoint {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly dataDir: string,
    private readonly admin: EndpointClient,
  ) {}

  /** `clockStepMs`: the endpoint's clock can be moved forward by that much with shiftClock(). */
  static async start(timeoutMs = 60_000, options: { clockStepMs?: number } = {}): Promise<Endpoint> {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-'));
    const { url, process: child } = await spawnEndpoint({
      dataDir,
      adminPassword: ADMIN_PASSWORD,
      imports: options.clockStepMs ? [join(ROOT, 'test/e2e/shiftableClock.ts')] : [],
      env: { CLAIMDESK_TEST_CLOCK_STEP_MS: String(options.clockStepMs ?? 0) },
      timeoutMs,
    });
    const admin = createEndpointClient({ baseUrl: url, http: nodeHttp() });
    await endpointValue(admin.login('admin', ADMIN_PASSWORD), 'sign in as admin');
    return new Endpoint(url, child, dataDir, admin);
  }

  /** Moves the endpoint's clock forward by the step it was started with (see shiftableClock.ts). */
  async shiftClock(): Promise<void> {
    const shifted = new Promise<void>((resolve) => {
      const lines = createInterface({ input: this.child.stdout! });
      lines.on('line', (line) => {
        if (line.includes('"test clock shifted"')) {
          lines.close();
          resolve();
        }
      });
    });
    this.child.kill('SIGUSR2');
    await shifted;
  }

  createOffice(name: string): Promise<Office> {
    return endpointValue(this.admin.admin.createOffice({ name }), 'create office');
  }

  async createUser(office: Office, username: string, name: string, role: Role = 'manager'): Promise<Account> {
    await endpointValue(
      this.admin.admin.createUser({ username, password: PASSWORD, name, officeId: office.id, role }),
      `create user ${username}`,
    );
    return { username, password: PASSWORD, name, officeId: office.id };
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
