// What the admin screen shows and checks before it asks the endpoint: offices with their people,
// people in a stable order, and the form problems the endpoint would refuse (as i18n keys).
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type AdminUser, type Office, type Role } from '../../../shared/sync';

export interface OfficeRow {
  office: Office;
  /** People of the office who can sign in. */
  active: number;
  disabled: number;
}

export function officeRows(offices: readonly Office[], users: readonly AdminUser[]): OfficeRow[] {
  return offices.map((office) => {
    const people = users.filter((u) => u.officeId === office.id);
    const disabled = people.filter((u) => u.disabled).length;
    return { office, active: people.length - disabled, disabled };
  });
}

/** Active people first, then by name, as a person reads a staff list. */
export function sortedPeople(users: readonly AdminUser[], language: string): AdminUser[] {
  return [...users].sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.name.localeCompare(b.name, language));
}

export type FieldKey = 'nameMissing' | 'usernameBad' | 'officeMissing' | 'passwordShort' | 'passwordLong';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/u;
const MAX_NAME = 200;

export function nameProblem(name: string): FieldKey | null {
  return name.trim() && name.trim().length <= MAX_NAME ? null : 'nameMissing';
}

export function passwordProblem(password: string): FieldKey | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'passwordShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'passwordLong';
  return null;
}

/** Managers and leads work in an office; an admin may have none. */
export function officeProblem(role: Role, officeId: string | null): FieldKey | null {
  return role !== 'admin' && !officeId ? 'officeMissing' : null;
}

export interface PersonDraft {
  name: string;
  username: string;
  role: Role;
  officeId: string | null;
  password: string;
}

export function personProblems(draft: PersonDraft): Partial<Record<keyof PersonDraft, FieldKey>> {
  const problems: Partial<Record<keyof PersonDraft, FieldKey>> = {};
  const name = nameProblem(draft.name);
  if (name) problems.name = name;
  if (!USERNAME.test(draft.username.trim())) problems.username = 'usernameBad';
  const office = officeProblem(draft.role, draft.officeId);
  if (office) problems.officeId = office;
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  return problems;
}

// No look-alike characters (0/O, 1/l/I): a password read off the screen is typed by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 16 characters from 56: about 93 bits, far past any guessing the sign-in throttle allows. */
export function generatedPassword(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): string {
  const out: string[] = [];
  while (out.length < 16) {
    for (const byte of random(new Uint8Array(32))) {
      // Bytes past the largest multiple of the alphabet are dropped, so every character is as likely.
      if (byte < 224 && out.length < 16) out.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return out.join('');
}
