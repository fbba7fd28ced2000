// `claimdesk admin <action> …`: manage offices and accounts through a running endpoint's admin API,
// signed in as an admin. Talking HTTP rather than to the database keeps one set of rules (validation,
// token revocation, last-admin guard) and works the same against PGlite and PostgreSQL.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { EndpointClient } from '../../../../shared/endpoint';
import type { Office, Role } from '../../../../shared/sync';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { answer, findOffice, findUser, Refused, signIn } from '../endpointSession';
import { textTable } from '../textTable';

const USAGE = `Usage: claimdesk admin <action> --server URL [--user admin] [options]

Actions:
  list-offices   [--json]
  list-users     [--json]
  create-office  --name NAME
  rename-office  --office OFFICE --name NEW_NAME
  disable-office --office OFFICE
                 its people are signed out and cannot sign in; requests go to other offices
  enable-office  --office OFFICE
                 its people sign in again (those disabled on their own stay disabled)
  create-user    --username U --name "Full Name" --office OFFICE --role manager|lead|admin
  reset-password --username U
  disable-user   --username U
  enable-user    --username U
                 the person signs in again with the password they had
  set-role       --username U --role manager|lead|admin [--office OFFICE]
                 the office stays unless given; the person's sessions are signed out
  move-user      --username U --office OFFICE
                 the role stays; the person's sessions are signed out
  create-intake-key  --office OFFICE [--name "site form"]
                 prints the new key alone (shown once; the endpoint keeps only its hash)
  revoke-intake-key  --key KEY | --id KEY_ID
  list-intake-keys   [--json]

  --server URL    the running sync endpoint, e.g. http://127.0.0.1:8787
  --user NAME     admin account to sign in with (default: admin)
  --office OFFICE office id or office name, in any letter case (not needed for --role admin)
  --json          list as JSON (for scripts) instead of a table

Environment (never flags, so passwords stay out of shell history and ps):
  CLAIMDESK_PASSWORD       password of the admin signing in (required)
  CLAIMDESK_NEW_PASSWORD   password for create-user / reset-password; when unset a random one is
                           generated and printed once

Exit codes: 0 done, 1 refused by the endpoint or unreachable, 2 bad usage.
`;

function officeNames(offices: readonly Office[]): (officeId: string | null) => string {
  const byId = new Map(offices.map((o) => [o.id, o.name]));
  return (officeId) => (officeId === null ? '' : (byId.get(officeId) ?? officeId));
}

/**
 * The password for a new or reset account. A generated one is shown only after the endpoint has
 * accepted it (`announce`): a refused account must not leave a password on the screen.
 */
function newPassword(env: Readonly<Record<string, string | undefined>>): {
  password: string;
  announce(io: CliIo): void;
} {
  if (env.CLAIMDESK_NEW_PASSWORD) return { password: env.CLAIMDESK_NEW_PASSWORD, announce: () => undefined };
  const generated = randomBytes(12).toString('base64url');
  return { password: generated, announce: (io) => io.out(`Generated password (shown only now): ${generated}\n`) };
}

interface Values {
  server?: string | undefined;
  user?: string | undefined;
  name?: string | undefined;
  username?: string | undefined;
  office?: string | undefined;
  role?: string | undefined;
  json?: boolean | undefined;
  key?: string | undefined;
  id?: string | undefined;
}

function required(values: Values, ...names: (keyof Values)[]): void {
  const missing = names.filter((n) => !values[n]);
  if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
}

class UsageError extends Error {}

const ACTIONS: Record<
  string,
  (c: EndpointClient, v: Values, io: CliIo, env: Readonly<Record<string, string | undefined>>) => Promise<void>
> = {
  'list-offices': async (c, v, io) => {
    const { offices, users } = await answer(c.directory(), c.baseUrl);
    const people = (officeId: string): number => users.filter((u) => u.officeId === officeId && !u.disabled).length;
    if (v.json)
      io.out(
        `${JSON.stringify(
          offices.map((o) => ({ ...o, activeUsers: people(o.id) })),
          null,
          2,
        )}\n`,
      );
    else
      io.out(
        textTable(
          ['name', 'people', 'status', 'id'],
          offices.map((o) => [o.name, String(people(o.id)), o.disabled ? 'disabled' : 'active', o.id]),
        ),
      );
  },
  'list-users': async (c, v, io) => {
    const users = await answer(c.admin.users(), c.baseUrl);
    const officeName = officeNames((await answer(c.directory(), c.baseUrl)).offices);
    if (v.json)
      io.out(
        `${JSON.stringify(
          users.map((u) => ({ ...u, officeName: officeName(u.officeId) || null })),
          null,
          2,
        )}\n`,
      );
    else
      io.out(
        textTable(
          ['username', 'name', 'role', 'office', 'status'],
          users.map((u) => [u.username, u.name, u.role, officeName(u.officeId), u.disabled ? 'disabled' : 'active']),
        ),
      );
  },
  'create-office': async (c, v, io) => {
    required(v, 'name');
    const office = await answer(c.admin.createOffice({ name: v.name as string }), c.baseUrl);
    io.out(`Created office "${office.name}" with id ${office.id}\n`);
  },
  'rename-office': async (c, v, io) => {
    required(v, 'office', 'name');
    const office = await findOffice(c, v.office as string);
    const renamed = await answer(c.admin.renameOffice(office.id, v.name as string), c.baseUrl);
    io.out(`Renamed office "${office.name}" to "${renamed.name}"\n`);
  },
  'create-user': async (c, v, io, env) => {
    required(v, 'username', 'name', 'role');
    const officeId = v.office ? (await findOffice(c, v.office)).id : null;
    const password = newPassword(env);
    const user = await answer(
      c.admin.createUser({
        username: v.username as string,
        name: v.name as string,
        // The endpoint checks the role and says which ones there are.
        role: v.role as Role,
        officeId,
        password: password.password,
      }),
      c.baseUrl,
    );
    io.out(`Created ${user.role} "${user.username}" (${user.name}) with id ${user.id}\n`);
    password.announce(io);
  },
  'reset-password': async (c, v, io, env) => {
    required(v, 'username');
    const user = await findUser(c, v.username as string);
    const password = newPassword(env);
    await answer(c.admin.resetPassword(user.id, password.password), c.baseUrl);
    io.out(`Reset the password of "${user.username}"; their sessions were signed out.\n`);
    password.announce(io);
  },
  'create-intake-key': async (c, v, io) => {
    required(v, 'office');
    const officeId = (await findOffice(c, v.office as string)).id;
    const created = await answer(c.admin.createIntakeKey({ office: officeId, name: v.name ?? 'intake' }), c.baseUrl);
    // The key alone on stdout, so a script can capture it: KEY=$(claimdesk admin create-intake-key …).
    io.out(`${created.key}\n`);
  },
  'revoke-intake-key': async (c, v, io) => {
    if (!v.key === !v.id) throw new UsageError('give --key KEY or --id KEY_ID (one of them)');
    const revoked = await answer(c.admin.revokeIntakeKey(v.key ? { key: v.key } : { id: v.id as string }), c.baseUrl);
    io.out(
      revoked.alreadyRevoked
        ? `Intake key "${revoked.name}" (${revoked.id}) was already revoked on ${new Date(revoked.revokedAt).toISOString()}.\n`
        : `Revoked intake key "${revoked.name}" (${revoked.id}); requests sent with it are refused from now on.\n`,
    );
  },
  'list-intake-keys': async (c, v, io) => {
    const { keys } = await answer(c.admin.intakeKeys(), c.baseUrl);
    const officeName = officeNames((await answer(c.directory(), c.baseUrl)).offices);
    if (v.json)
      io.out(
        `${JSON.stringify(
          keys.map((k) => ({ ...k, officeName: officeName(k.officeId) || null })),
          null,
          2,
        )}\n`,
      );
    else
      io.out(
        textTable(
          ['name', 'office', 'created', 'status', 'id'],
          keys.map((k) => [
            k.name,
            officeName(k.officeId),
            new Date(k.createdAt).toISOString().slice(0, 16).replace('T', ' '),
            k.revokedAt ? 'revoked' : 'active',
            k.id,
          ]),
        ),
      );
  },
  'set-role': async (c, v, io) => {
    required(v, 'username', 'role');
    const user = await findUser(c, v.username as string);
    const officeId = v.office ? (await findOffice(c, v.office)).id : user.officeId;
    // The endpoint checks the role and says which ones there are.
    const placed = await answer(c.admin.placeUser(user.id, { role: v.role as Role, officeId }), c.baseUrl);
    io.out(`"${placed.username}" is now ${placed.role}; their sessions were signed out.\n`);
  },
  'move-user': async (c, v, io) => {
    required(v, 'username', 'office');
    const user = await findUser(c, v.username as string);
    const office = await findOffice(c, v.office as string);
    await answer(c.admin.placeUser(user.id, { role: user.role, officeId: office.id }), c.baseUrl);
    io.out(`Moved "${user.username}" to office "${office.name}"; their sessions were signed out.\n`);
  },
  'disable-office': async (c, v, io) => {
    required(v, 'office');
    const office = await findOffice(c, v.office as string);
    await answer(c.admin.disableOffice(office.id), c.baseUrl);
    io.out(`Disabled office "${office.name}"; its people were signed out and cannot sign in.\n`);
  },
  'enable-office': async (c, v, io) => {
    required(v, 'office');
    const office = await findOffice(c, v.office as string);
    await answer(c.admin.enableOffice(office.id), c.baseUrl);
    io.out(`Enabled office "${office.name}"; its people sign in with the passwords they had.\n`);
  },
  'disable-user': async (c, v, io) => {
    required(v, 'username');
    const user = await findUser(c, v.username as string);
    await answer(c.admin.disableUser(user.id), c.baseUrl);
    io.out(`Disabled "${user.username}"; their sessions were signed out.\n`);
  },
  'enable-user': async (c, v, io) => {
    required(v, 'username');
    const user = await findUser(c, v.username as string);
    await answer(c.admin.enableUser(user.id), c.baseUrl);
    io.out(`Enabled "${user.username}"; they sign in with the password they had.\n`);
  },
};

export async function runAdmin(
  args: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        server: { type: 'string' },
        user: { type: 'string' },
        name: { type: 'string' },
        username: { type: 'string' },
        office: { type: 'string' },
        role: { type: 'string' },
        json: { type: 'boolean' },
        key: { type: 'string' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    const action = ACTIONS[positionals[0] ?? ''];
    if (!action || positionals.length !== 1)
      throw new UsageError(positionals[0] ? `unknown action "${positionals[0]}"` : 'which action?');
    required(values, 'server');
    if (!env.CLAIMDESK_PASSWORD)
      throw new UsageError('set CLAIMDESK_PASSWORD to the password of the admin account signing in');
    const client = await signIn(values.server as string, values.user ?? 'admin', env.CLAIMDESK_PASSWORD);
    await action(client, values, io, env);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof Refused) {
      io.err(`claimdesk admin: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`claimdesk admin: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export const adminCommand: CliCommand = {
  name: 'admin',
  usage: USAGE,
  run: (args, io) => runAdmin(args, io),
};
