// Accounts as the API shows them: who is signed in, the directory, and the admin requests.

export const ROLES = ['manager', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface SessionUser {
  id: string;
  name: string;
  /** null only for an admin who belongs to no office (the first `admin` account). */
  officeId: string | null;
  role: Role;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse {
  token: string;
  user: SessionUser;
  /** Epoch milliseconds after which the token is refused (sign in again). */
  expiresAt: number;
}

export interface Office {
  id: string;
  name: string;
  /** A disabled office's people cannot sign in and are routed no requests; their data stays. */
  disabled: boolean;
}

export interface DirectoryUser extends SessionUser {
  disabled: boolean;
}

/** Readable by every signed-in user: who works where, never credentials. */
export interface Directory {
  offices: Office[];
  users: DirectoryUser[];
}

export interface CreateOfficeRequest {
  name: string;
}

export interface CreateUserRequest {
  username: string;
  password: string;
  name: string;
  officeId: string | null;
  role: Role;
}

/** What admins see of an account (usernames are shown to admins only). */
export interface AdminUser extends DirectoryUser {
  username: string;
}

export interface RenameOfficeRequest {
  name: string;
}

/**
 * An account's role and office, changed together: a manager or lead belongs to an office, an admin
 * may belong to none. The account's sessions end, so its workstations sign in again as what it is now.
 */
export interface UserPlacementRequest {
  role: Role;
  officeId: string | null;
}

export interface ResetPasswordRequest {
  password: string;
}

/** A signed-in person changing their own password: the current one proves it is them. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;
