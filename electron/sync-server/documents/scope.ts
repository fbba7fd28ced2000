// Who may see and write which office's documents.
import type { SessionUser } from '../../../shared/sync';

/** The office a user's pulls are limited to; null for admins, who see every office. */
export function visibleOffice(user: SessionUser): string | null {
  return user.role === 'admin' ? null : user.officeId;
}

export function canWriteOffice(user: SessionUser, officeId: string): boolean {
  return user.role === 'admin' || user.officeId === officeId;
}
