// Offices and users in the database. Password hashes never leave this module.
import { randomUUID } from 'node:crypto';
import type {
  AdminUser,
  CreateUserRequest,
  Directory,
  Office,
  SessionUser,
  UserPlacementRequest,
} from '../../../shared/sync';
import { hashPassword } from '../auth/password';
import { revokeOtherTokens, revokeUserTokens } from '../auth/tokens';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';

interface UserRow {
  id: string;
  username: string;
  name: string;
  office_id: string | null;
  role: SessionUser['role'];
  disabled: boolean;
}

const USER_COLUMNS = 'id, username, name, office_id, role, disabled';

function toAdminUser(row: UserRow): AdminUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    officeId: row.office_id,
    role: row.role,
    disabled: row.disabled,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

export async function createOffice(db: SqlExecutor, name: string, now: number): Promise<Office> {
  const id = randomUUID();
  try {
    await db.query('insert into offices (id, name, created_at) values ($1, $2, $3)', [id, name, now]);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
  return { id, name, disabled: false };
}

export async function renameOffice(db: SqlExecutor, id: string, name: string): Promise<Office> {
  let rows: Office[];
  try {
    rows = await db.query<Office>('update offices set name = $2 where id = $1 returning id, name, disabled', [
      id,
      name,
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
  const office = rows[0];
  if (!office) throw new ApiFailure(404, 'not_found', `There is no office with id "${id}".`);
  return office;
}

function nameTaken(name: string): ApiFailure {
  return new ApiFailure(409, 'conflict', `An office named "${name}" already exists.`, [
    { field: 'name', message: 'This name is taken.' },
  ]);
}

async function officeRow(db: SqlExecutor, id: string): Promise<Office | undefined> {
  return (await db.query<Office>('select id, name, disabled from offices where id = $1', [id]))[0];
}

/** An office a person may be placed in: it exists and is not disabled (nobody could sign in there). */
async function requireOffice(db: SqlExecutor, officeId: string): Promise<void> {
  const office = await officeRow(db, officeId);
  if (!office)
    throw new ApiFailure(400, 'validation_failed', `There is no office with id "${officeId}".`, [
      { field: 'officeId', message: 'No such office.' },
    ]);
  if (office.disabled)
    throw new ApiFailure(409, 'conflict', `The office "${office.name}" is disabled; enable it first.`, [
      { field: 'officeId', message: 'This office is disabled.' },
    ]);
}

export async function createUser(db: SqlExecutor, input: CreateUserRequest, now: number): Promise<AdminUser> {
  if (input.officeId !== null) await requireOffice(db, input.officeId);
  const id = randomUUID();
  const hash = await hashPassword(input.password);
  const rows = await db.query<UserRow>(
    `insert into users (id, username, name, office_id, role, password_hash, created_at) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict ((lower(username))) do nothing returning ${USER_COLUMNS}`,
    [id, input.username, input.name, input.officeId, input.role, hash, now],
  );
  const row = rows[0];
  if (!row)
    throw new ApiFailure(409, 'duplicate_username', `The username "${input.username}" is already taken.`, [
      { field: 'username', message: 'This username is taken.' },
    ]);
  return toAdminUser(row);
}

export async function findLogin(
  db: SqlExecutor,
  username: string,
): Promise<(UserRow & { password_hash: string; office_disabled: boolean }) | undefined> {
  const rows = await db.query<UserRow & { password_hash: string; office_disabled: boolean }>(
    `select u.id, u.username, u.name, u.office_id, u.role, u.disabled, u.password_hash,
            coalesce(o.disabled, false) as office_disabled
       from users u left join offices o on o.id = u.office_id where lower(u.username) = lower($1)`,
    [username],
  );
  return rows[0];
}

export async function loginOf(
  db: SqlExecutor,
  id: string,
): Promise<{ username: string; password_hash: string } | undefined> {
  return (
    await db.query<{ username: string; password_hash: string }>(
      'select username, password_hash from users where id = $1',
      [id],
    )
  )[0];
}

export async function listUsers(db: SqlExecutor): Promise<AdminUser[]> {
  return (await db.query<UserRow>(`select ${USER_COLUMNS} from users order by lower(username)`)).map(toAdminUser);
}

export async function directory(db: SqlExecutor): Promise<Directory> {
  const offices = await db.query<Office>('select id, name, disabled from offices order by lower(name)');
  const users = (await listUsers(db)).map(({ username: _username, ...visible }) => visible);
  return { offices, users };
}

async function userById(db: SqlExecutor, id: string): Promise<UserRow> {
  const row = (await db.query<UserRow>(`select ${USER_COLUMNS} from users where id = $1`, [id]))[0];
  if (!row) throw new ApiFailure(404, 'not_found', `There is no user with id "${id}".`);
  return row;
}

/** Also signs the user out everywhere: whoever knew the old password may hold a token. */
export async function resetPassword(store: SqlStore, id: string, password: string): Promise<AdminUser> {
  const hash = await hashPassword(password);
  return store.transaction(async (tx) => {
    const user = await userById(tx, id);
    await tx.query('update users set password_hash = $2 where id = $1', [id, hash]);
    await revokeUserTokens(tx, id);
    return toAdminUser(user);
  });
}

/** The signed-in user's own password: their other sessions end, the one that changed it stays. */
export async function changeOwnPassword(
  store: SqlStore,
  userId: string,
  keptTokenHash: string,
  password: string,
): Promise<void> {
  const hash = await hashPassword(password);
  await store.transaction(async (tx) => {
    await tx.query('update users set password_hash = $2 where id = $1', [userId, hash]);
    await revokeOtherTokens(tx, userId, keptTokenHash);
  });
}

/**
 * Refuses to take the last active admin away (disabled or demoted). Called under the users lock, so
 * two admins demoting or disabling each other at once cannot leave nobody able to administer.
 */
async function keepAnAdmin(tx: SqlExecutor, user: UserRow, what: string): Promise<void> {
  if (user.role !== 'admin' || user.disabled) return;
  const admins = await tx.query('select 1 from active_users where role = $1', ['admin']);
  if (admins.length <= 1)
    throw new ApiFailure(
      409,
      'conflict',
      `This is the last active admin account; create another admin before ${what} it.`,
    );
}

export async function disableUser(store: SqlStore, id: string): Promise<AdminUser> {
  return store.transaction(async (tx) => {
    await tx.query('lock table users in share row exclusive mode');
    const user = await userById(tx, id);
    await keepAnAdmin(tx, user, 'disabling');
    await tx.query('update users set disabled = true where id = $1', [id]);
    await revokeUserTokens(tx, id);
    return toAdminUser({ ...user, disabled: true });
  });
}

/**
 * Gives a disabled account its sign-in back, with the password it had: a disabling by mistake is
 * undone without a new password to hand over. Its sessions ended with the disabling; none come back.
 */
export async function enableUser(store: SqlStore, id: string): Promise<AdminUser> {
  return store.transaction(async (tx) => {
    const user = await userById(tx, id);
    await tx.query('update users set disabled = false where id = $1', [id]);
    return toAdminUser({ ...user, disabled: false });
  });
}

/** A new role or office ends the account's sessions: its workstations sign in again as what it is now. */
export async function placeUser(store: SqlStore, id: string, placement: UserPlacementRequest): Promise<AdminUser> {
  return store.transaction(async (tx) => {
    await tx.query('lock table users in share row exclusive mode');
    const user = await userById(tx, id);
    if (placement.officeId !== null) await requireOffice(tx, placement.officeId);
    if (user.role === placement.role && user.office_id === placement.officeId) return toAdminUser(user);
    if (placement.role !== 'admin') await keepAnAdmin(tx, user, 'changing the role of');
    await tx.query('update users set role = $2, office_id = $3 where id = $1', [
      id,
      placement.role,
      placement.officeId,
    ]);
    await revokeUserTokens(tx, id);
    return toAdminUser({ ...user, role: placement.role, office_id: placement.officeId });
  });
}

async function officeById(db: SqlExecutor, id: string): Promise<Office> {
  const office = await officeRow(db, id);
  if (!office) throw new ApiFailure(404, 'not_found', `There is no office with id "${id}".`);
  return office;
}

/**
 * Closes an office: none of its people may sign in, their sessions end now, and requests are routed
 * past them. Their own flags stay as they were, and what they entered stays theirs. Refused when it
 * would leave the agency without an active admin.
 */
export async function disableOffice(store: SqlStore, id: string): Promise<Office> {
  return store.transaction(async (tx) => {
    await tx.query('lock table users in share row exclusive mode');
    const office = await officeById(tx, id);
    if (office.disabled) return office;
    const admins = await tx.query<{ here: boolean }>(
      'select office_id is not distinct from $1 as here from active_users where role = $2',
      [id, 'admin'],
    );
    if (admins.some((a) => a.here) && admins.every((a) => a.here))
      throw new ApiFailure(
        409,
        'conflict',
        'The last active admin account works in this office; create an admin elsewhere before disabling it.',
      );
    await tx.query('update offices set disabled = true where id = $1', [id]);
    const people = await tx.query<{ id: string }>('select id from users where office_id = $1', [id]);
    for (const person of people) await revokeUserTokens(tx, person.id);
    return { ...office, disabled: true };
  });
}

/** Opens a disabled office again: its people sign in with the passwords they had (those disabled on their own stay so). */
export async function enableOffice(store: SqlStore, id: string): Promise<Office> {
  return store.transaction(async (tx) => {
    const office = await officeById(tx, id);
    await tx.query('update offices set disabled = false where id = $1', [id]);
    return { ...office, disabled: false };
  });
}
