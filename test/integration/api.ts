// The tests' view of the endpoint: raw requests, to check its answers status by status, and the
// set-up calls (sign-in, offices, users) through the app's own client in shared/endpoint.
import { randomUUID } from 'node:crypto';
import { createEndpointClient, type EndpointClient } from '../../shared/endpoint';
import {
  API_PATHS,
  type AdminUser,
  type CreatedIntakeKey,
  type Office,
  type PullResponse,
  type PushRow,
  type Role,
  type SyncCheckpoint,
  type SyncCollectionName,
  type SyncDocument,
} from '../../shared/sync';
import { endpointValue } from '../support/endpointValue';
import { nodeHttp } from '../support/nodeHttp';
import { rememberOfficeManager } from './fixtures';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class Api {
  constructor(
    readonly base: string,
    readonly token: string | null = null,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (this.token) (init.headers as Record<string, string>).authorization = `Bearer ${this.token}`;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(this.base + path, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (the web pages): keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  async login(username: string, password: string): Promise<Api> {
    const client = this.client();
    await endpointValue(client.login(username, password), `login ${username}`);
    return new Api(this.base, client.token);
  }

  push<C extends SyncCollectionName>(collection: C, rows: PushRow<C>[] | unknown): Promise<Reply<SyncDocument<C>[]>> {
    return this.request('POST', API_PATHS.push(collection), rows);
  }

  pull<C extends SyncCollectionName>(
    collection: C,
    checkpoint: SyncCheckpoint | null,
    limit = 200,
  ): Promise<Reply<PullResponse<C>>> {
    return this.request('GET', API_PATHS.pull(collection, checkpoint, limit));
  }

  /** Pulls until nothing is new; throws on any non-200. */
  async pullAll<C extends SyncCollectionName>(
    collection: C,
    from: SyncCheckpoint | null = null,
    limit = 500,
  ): Promise<{ documents: SyncDocument<C>[]; checkpoint: SyncCheckpoint | null }> {
    const documents: SyncDocument<C>[] = [];
    let checkpoint = from;
    for (;;) {
      const reply = await this.pull(collection, checkpoint, limit);
      if (reply.status !== 200) throw new Error(`pull ${collection}: ${reply.status} ${JSON.stringify(reply.body)}`);
      documents.push(...reply.body.documents);
      checkpoint = reply.body.checkpoint;
      if (reply.body.documents.length < limit) return { documents, checkpoint };
    }
  }

  createOffice(name: string): Promise<Office> {
    return endpointValue(this.client().admin.createOffice({ name }), 'create office');
  }

  async createUser(input: {
    username: string;
    password: string;
    name: string;
    officeId: string | null;
    role: Role;
  }): Promise<AdminUser> {
    return endpointValue(this.client().admin.createUser(input), 'create user');
  }

  private client(): EndpointClient {
    return createEndpointClient({ baseUrl: this.base, http: nodeHttp(), token: this.token });
  }
}

export const TEST_PASSWORD = 'correct horse battery';

export interface OfficeTeam {
  office: Office;
  manager: Api;
  lead: Api;
  managerUser: AdminUser;
  leadUser: AdminUser;
}

/** A fresh office with a signed-in manager and lead; unique names so tests can share one server. */
export async function createTeam(admin: Api, label = 'Office'): Promise<OfficeTeam> {
  const suffix = randomUUID().slice(0, 8);
  const office = await admin.createOffice(`${label} ${suffix}`);
  const managerUser = await admin.createUser({
    username: `m-${suffix}`,
    password: TEST_PASSWORD,
    name: `Manager ${suffix}`,
    officeId: office.id,
    role: 'manager',
  });
  const leadUser = await admin.createUser({
    username: `l-${suffix}`,
    password: TEST_PASSWORD,
    name: `Lead ${suffix}`,
    officeId: office.id,
    role: 'lead',
  });
  const [manager, lead] = await Promise.all([
    admin.login(managerUser.username, TEST_PASSWORD),
    admin.login(leadUser.username, TEST_PASSWORD),
  ]);
  rememberOfficeManager(office.id, managerUser);
  return { office, manager, lead, managerUser, leadUser };
}

/**
 * Offices created one after another. The endpoint dates what a manager pushes no earlier than the
 * manager's account, so the order here is the order of their clients' claims: created side by side,
 * two managers' first clients would race for who came first.
 */
export async function createTeams(admin: Api, ...labels: string[]): Promise<OfficeTeam[]> {
  const teams: OfficeTeam[] = [];
  for (const label of labels) teams.push(await createTeam(admin, label));
  return teams;
}

/** A new intake key of an office (by id or name), created by an admin: what a site form sends requests with. */
export async function createIntakeKey(admin: Api, office: string, name?: string): Promise<CreatedIntakeKey> {
  const created = await admin.request<CreatedIntakeKey>('POST', API_PATHS.adminIntakeKeys, {
    office,
    ...(name ? { name } : {}),
  });
  if (created.status !== 201) throw new Error(`creating an intake key answered ${created.status}`);
  return created.body;
}
