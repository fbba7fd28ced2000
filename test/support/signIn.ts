import { createEndpointClient } from '../../shared/endpoint';
import type { OfficeCore } from '../../shared/office';
import type { LoginResponse } from '../../shared/sync';
import { nodeHttp } from './nodeHttp';

/** Signs in to a running endpoint, returning the session. */
export async function signIn(endpoint: string, username: string, password: string): Promise<LoginResponse> {
  const login = await createEndpointClient({ baseUrl: endpoint, http: nodeHttp() }).login(username, password);
  if (!login.ok) throw new Error(`sign-in of ${username} failed: ${login.failure.status} ${login.failure.message}`);
  return login.value;
}

/** Binds an office core to the signed-in account (what the app's sign-in does after the directory lookup). */
export async function adoptSession(
  core: OfficeCore,
  endpoint: string,
  session: LoginResponse,
  officeName: string,
): Promise<void> {
  const adopted = await core.adoptAccount({
    endpointId: endpoint,
    userId: session.user.id,
    userName: session.user.name,
    officeId: session.user.officeId ?? '',
    officeName,
    role: session.user.role,
  });
  if (!adopted.ok) throw new Error(adopted.errors.map((e) => e.message).join('; '));
}
