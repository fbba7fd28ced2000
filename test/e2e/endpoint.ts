// A real sync endpoint for the browser tests: the entry point as a child process on a free port,
// on a throw-away embedded database. It also serves the web build, so pages load from it and
// the app talks to its own origin, as an office using the browser would.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { spawnEndpoint } from '../support/spawnEndpoint';
import { API_PATHS, type LoginResponse, type Office, type Role } from '../../shared/sync';

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
    private readonly adminToken: string,
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
    const login = await call<LoginResponse>(url, 'POST', API_PATHS.login, null, {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    return new Endpoint(url, child, dataDir, login.token);
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

  async createOffice(name: string): Promise<Office> {
    return call<Office>(this.url, 'POST', API_PATHS.adminOffices, this.adminToken, { name });
  }

  async createUser(office: Office, username: string, name: string, role: Role = 'manager'): Promise<Account> {
    await call(this.url, 'POST', API_PATHS.adminUsers, this.adminToken, {
      username,
      password: PASSWORD,
      name,
      officeId: office.id,
      role,
    });
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

async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  token: string | null,
  body: unknown,
): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}
