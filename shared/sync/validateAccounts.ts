// Field checks for the admin requests, shared so an admin UI can show the same messages before sending.
import {
  isRole,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type CreateOfficeRequest,
  type ChangePasswordRequest,
  type CreateUserRequest,
  type RenameOfficeRequest,
  type ResetPasswordRequest,
  type UserPlacementRequest,
} from './accounts';
import { objectBody, unknownFields } from './bodyShape';
import type { FieldProblem } from './errors';

export type Checked<T> = { ok: true; value: T } | { ok: false; fields: FieldProblem[] };

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const MAX_NAME = 200;

function record(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function name(value: unknown, field: string, what: string, out: FieldProblem[]): string {
  if (typeof value !== 'string' || !value.trim()) out.push({ field, message: `Enter ${what}.` });
  else if (value.trim().length > MAX_NAME)
    out.push({ field, message: `${what[0]?.toUpperCase()}${what.slice(1)} can be at most ${MAX_NAME} characters.` });
  return typeof value === 'string' ? value.trim() : '';
}

export function checkPassword(value: unknown, field: string, out: FieldProblem[]): string {
  if (typeof value !== 'string') out.push({ field, message: 'Enter a password.' });
  else if (value.length < PASSWORD_MIN_LENGTH)
    out.push({ field, message: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.` });
  else if (value.length > PASSWORD_MAX_LENGTH)
    out.push({ field, message: `A password can be at most ${PASSWORD_MAX_LENGTH} characters.` });
  return typeof value === 'string' ? value : '';
}

export function checkCreateOffice(body: unknown): Checked<CreateOfficeRequest> {
  const out: FieldProblem[] = [];
  const value = { name: name(record(body).name, 'name', 'the office name', out) };
  return out.length ? { ok: false, fields: out } : { ok: true, value };
}

export function checkRenameOffice(body: unknown): Checked<RenameOfficeRequest> {
  const b = objectBody(body);
  const out = unknownFields(b, ['name']);
  const value = { name: name(b.name, 'name', 'the office name', out) };
  return out.length ? { ok: false, fields: out } : { ok: true, value };
}

/** Where an office is required is said under `officeId`, so a form can show it beside the office. */
function placementOffice(b: Record<string, unknown>, out: FieldProblem[]): string | null {
  const officeId = typeof b.officeId === 'string' && b.officeId.trim() ? b.officeId.trim() : null;
  if (b.officeId !== undefined && b.officeId !== null && typeof b.officeId !== 'string')
    out.push({ field: 'officeId', message: 'The office must be given by its id.' });
  else if (officeId === null && b.role !== 'admin')
    out.push({ field: 'officeId', message: 'Managers and leads belong to an office: give its id.' });
  return officeId;
}

export function checkUserPlacement(body: unknown): Checked<UserPlacementRequest> {
  const b = objectBody(body);
  const out = unknownFields(b, ['role', 'officeId']);
  if (!isRole(b.role)) out.push({ field: 'role', message: 'The role must be "manager", "lead" or "admin".' });
  const officeId = placementOffice(b, out);
  if (out.length) return { ok: false, fields: out };
  return { ok: true, value: { role: b.role as UserPlacementRequest['role'], officeId } };
}

export function checkCreateUser(body: unknown): Checked<CreateUserRequest> {
  const b = record(body);
  const out: FieldProblem[] = [];
  const username = typeof b.username === 'string' ? b.username.trim() : '';
  if (!USERNAME.test(username))
    out.push({
      field: 'username',
      message: 'A username is 1-64 letters, digits or . _ @ - and starts with a letter or digit.',
    });
  const password = checkPassword(b.password, 'password', out);
  const displayName = name(b.name, 'name', "the person's name", out);
  if (!isRole(b.role)) out.push({ field: 'role', message: 'The role must be "manager", "lead" or "admin".' });
  const officeId = placementOffice(b, out);
  if (out.length) return { ok: false, fields: out };
  return {
    ok: true,
    value: { username, password, name: displayName, officeId, role: b.role as CreateUserRequest['role'] },
  };
}

export function checkResetPassword(body: unknown): Checked<ResetPasswordRequest> {
  const out: FieldProblem[] = [];
  const password = checkPassword(record(body).password, 'password', out);
  return out.length ? { ok: false, fields: out } : { ok: true, value: { password } };
}

export function checkChangePassword(body: unknown): Checked<ChangePasswordRequest> {
  const b = record(body);
  const out: FieldProblem[] = [];
  const currentPassword = typeof b.currentPassword === 'string' ? b.currentPassword : '';
  if (!currentPassword) out.push({ field: 'currentPassword', message: 'Enter your current password.' });
  const newPassword = checkPassword(b.newPassword, 'newPassword', out);
  if (currentPassword && newPassword && currentPassword === newPassword)
    out.push({ field: 'newPassword', message: 'The new password must differ from the current one.' });
  return out.length ? { ok: false, fields: out } : { ok: true, value: { currentPassword, newPassword } };
}
