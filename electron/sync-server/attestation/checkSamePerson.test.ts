import { describe, expect, it } from 'vitest';
import type { ClientDoc } from '../../../shared/db';
import type { SessionUser } from '../../../shared/sync';
import { checkSamePerson } from './checkSamePerson';

type Fields = Pick<ClientDoc, 'id' | 'ownerId' | 'officeId' | 'linkedWith' | 'absorbed' | 'mergedInto'>;

const petya: SessionUser = { id: 'petya', name: 'Petya', officeId: 'o1', role: 'manager' };
const vasya: SessionUser = { id: 'vasya', name: 'Vasya', officeId: 'o1', role: 'manager' };
const lead: SessionUser = { id: 'olga', name: 'Olga', officeId: 'o1', role: 'lead' };
const otherLead: SessionUser = { id: 'ira', name: 'Ira', officeId: 'o2', role: 'lead' };

const record = (id: string, ownerId = 'petya', officeId = 'o1'): Fields => ({ id, ownerId, officeId });
const stored = new Map([
  ['a', record('a')],
  ['b', record('b')],
  ['v', record('v', 'vasya')],
  ['far', record('far', 'kolya', 'o2')],
]);
const records = (id: string) => ({ stored: stored.get(id) ?? null, pushed: null });
const merged = (id: string, into: string): Fields => ({ ...record(id), mergedInto: { clientId: into, at: 1 } });

describe('who may link or merge records of one person', () => {
  it('the owner and their office lead may; a colleague and another office lead may not', () => {
    expect(() => checkSamePerson(petya, merged('b', 'a'), record('b'), records)).not.toThrow();
    expect(() => checkSamePerson(lead, merged('b', 'a'), record('b'), records)).not.toThrow();
    expect(() => checkSamePerson(vasya, merged('b', 'a'), record('b'), records)).toThrow(/only its manager/);
    expect(() => checkSamePerson(otherLead, merged('b', 'a'), record('b'), records)).toThrow(/only its manager/);
  });

  it('a client is re-owned on the way: its owner before the push still decides', () => {
    const taken = { ...merged('b', 'v'), ownerId: 'vasya' };
    expect(() => checkSamePerson(vasya, taken, record('b'), records)).toThrow(/only its manager/);
  });

  it('only records of the same owner and office, that exist and are not the client itself, may be tied', () => {
    expect(() => checkSamePerson(petya, merged('b', 'v'), record('b'), records)).toThrow(
      /not a client of the same manager/,
    );
    expect(() => checkSamePerson(petya, merged('b', 'far'), record('b'), records)).toThrow(/not a client/);
    expect(() => checkSamePerson(petya, { ...record('b'), linkedWith: ['nobody'] }, record('b'), records)).toThrow(
      /not a client/,
    );
    expect(() => checkSamePerson(petya, { ...record('b'), linkedWith: ['b'] }, record('b'), records)).toThrow(
      /not a client/,
    );
  });

  it('a push that leaves the ties as they are is not checked again', () => {
    const linked = { ...record('v', 'vasya'), linkedWith: ['far'] };
    expect(() => checkSamePerson(petya, linked, linked, records)).not.toThrow();
    const before = { notes: '', phones: [], emails: [], company: '', identityKeys: [], lastActivityAt: 1 };
    const survivor = { ...record('a'), absorbed: [{ clientId: 'b', at: 1, before }] };
    const fromJsonb = { ...record('a'), absorbed: [{ at: 1, before: { ...before }, clientId: 'b' }] };
    expect(() => checkSamePerson(vasya, survivor, fromJsonb, records)).not.toThrow();
  });
});
