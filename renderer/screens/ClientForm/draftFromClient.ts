import type { ClientDoc } from '../../../shared/db';
import type { ClientDraft } from '../../../shared/office';
import { formatPhone } from '../../format/phone';

/** What the edit form starts from: phones shown the way people read them, one per entry, and an empty entry when there are none. */
export function draftFromClient(client: ClientDoc, extLabel: string): ClientDraft {
  return {
    fullName: client.fullName,
    phones: client.phones.length ? client.phones.map((p) => formatPhone(p.e164, p.extension, extLabel)) : [''],
    emails: client.emails.length ? [...client.emails] : [''],
    company: client.company,
    notes: client.notes,
  };
}
