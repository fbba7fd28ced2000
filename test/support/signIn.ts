import type { OfficeCore } from '../../shared/office';
import type { LoginResponse } from '../../shared/sync';
import { API_PATHS } from '../../shared/sync';

/** Signs in to a running endpoint the way the app does, returning the session. */
export async function signIn(endpoint: string, username: string, password: string): Promise<LoginResponse> {
  const reply = await fetch(`${endpoint}${API_PATHS.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!reply.ok) throw new Error(`sign-in of ${username} failed: ${reply.status} ${await reply.text()}`);
  return (await reply.json()) as LoginResponse;
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
