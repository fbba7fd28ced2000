import { benchPhone } from '../claimsFixture';
import { seedEmail, seedFullName } from '../officeSeed';

/**
 * A client as the PouchDB peer stores it: the fields of Claimdesk's client a user sees (name, one
 * phone, one e-mail, office, owner, last change), valued as officeSeed.ts values ours. Ours weigh
 * more: they also carry derived fields (sort name, identity keys), and a third of what our office
 * pulls are activities.
 */
export interface PouchClientDoc {
  _id: string;
  fullName: string;
  phone: string;
  email: string;
  office: string;
  owner: string;
  updatedAt: number;
}

export function pouchClientDoc(i: number, id: string, office: string, owner: string, now: number): PouchClientDoc {
  return {
    _id: id,
    fullName: seedFullName(i),
    phone: benchPhone(i),
    email: seedEmail(i),
    office,
    owner,
    updatedAt: now,
  };
}
