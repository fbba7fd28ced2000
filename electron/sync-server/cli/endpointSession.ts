// Signing in to a running endpoint as an admin, and the look-ups the admin commands share: the
// endpoint's refusals are reported in the command's own terms (its flags, its server address).
import {
  createEndpointClient,
  type EndpointClient,
  type EndpointError,
  type EndpointResult,
} from '../../../shared/endpoint';
import type { AdminUser, Office } from '../../../shared/sync';

export class Refused extends Error {}

/** The endpoint's answer, or a Refused the command reports as it is. */
export async function answer<T>(pending: Promise<EndpointResult<T>>, server: string): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new Refused(refusal(result.failure, server));
}

/** The API's field names, as this command's flags (or environment variable) call them. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  name: '--name',
  username: '--username',
  role: '--role',
  officeId: '--office',
  office: '--office',
  password: 'CLAIMDESK_NEW_PASSWORD',
};

function refusal(error: EndpointError, server: string): string {
  if (error.code === 'unreachable') return `cannot reach ${server} (--server)`;
  if (error.code === 'bad_response') return `HTTP ${error.status}`;
  const fields = error.fields.length
    ? ` (${error.fields.map((f) => `${FLAG_OF_FIELD[f.field] ?? f.field}: ${f.message}`).join('; ')})`
    : '';
  return `${error.message}${fields}`;
}

export async function signIn(server: string, user: string, password: string): Promise<EndpointClient> {
  const client = createEndpointClient({ baseUrl: server, http: { fetch, TextDecoder } });
  const login = await answer(client.login(user, password), server);
  if (login.user.role !== 'admin') throw new Refused(`--user "${user}" is not an admin account`);
  return client;
}

export async function findUser(client: EndpointClient, username: string, flag = '--username'): Promise<AdminUser> {
  const users = await answer(client.admin.users(), client.baseUrl);
  const user = users.find((u) => u.username.toLowerCase() === username.toLowerCase());
  if (!user) throw new Refused(`${flag} "${username}": there is no such user`);
  return user;
}

/** By id, or by name as the endpoint tells office names apart: in any letter case. */
export async function findOffice(client: EndpointClient, office: string): Promise<Office> {
  const { offices } = await answer(client.directory(), client.baseUrl);
  const wanted = office.trim().toLowerCase();
  const match = offices.find((o) => o.id === office) ?? offices.find((o) => o.name.toLowerCase() === wanted);
  if (!match)
    throw new Refused(
      `--office "${office}": there is no such office (known: ${offices.map((o) => `"${o.name}"`).join(', ') || 'none yet'})`,
    );
  return match;
}
