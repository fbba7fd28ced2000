import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../../shared/sync';
import { generatedPassword, officeRows, personProblems, sortedPeople } from './adminView';

const user = (name: string, officeId: string | null, disabled = false): AdminUser => ({
  id: name,
  username: name.toLowerCase(),
  name,
  officeId,
  role: officeId ? 'manager' : 'admin',
  disabled,
});

describe('the admin screen', () => {
  it('counts each office’s active and disabled people', () => {
    const offices = [
      { id: 'a', name: 'Север', disabled: false },
      { id: 'b', name: 'Юг', disabled: false },
    ];
    const users = [user('Anna', 'a'), user('Boris', 'a', true), user('Vera', 'a'), user('Admin', null)];
    expect(officeRows(offices, users)).toEqual([
      { office: offices[0], active: 2, disabled: 1 },
      { office: offices[1], active: 0, disabled: 0 },
    ]);
  });

  it('lists active people first, by name in the language’s order', () => {
    const users = [user('Яна', 'a'), user('Борис', 'a', true), user('Анна', 'a')];
    expect(sortedPeople(users, 'ru').map((u) => u.name)).toEqual(['Анна', 'Яна', 'Борис']);
  });

  it('says what the endpoint would refuse in a new person', () => {
    expect(personProblems({ name: ' ', username: '-bad', role: 'manager', officeId: null, password: 'short' })).toEqual(
      { name: 'nameMissing', username: 'usernameBad', officeId: 'officeMissing', password: 'passwordShort' },
    );
    expect(
      personProblems({ name: 'Анна', username: 'anna.k', role: 'admin', officeId: null, password: 'long enough 1' }),
    ).toEqual({});
  });

  it('generates 16 characters with no look-alikes, from whatever bytes come', () => {
    let next = 0;
    const counting = (bytes: Uint8Array<ArrayBuffer>) => bytes.map(() => next++ % 256);
    const password = generatedPassword(counting);
    expect(password).toHaveLength(16);
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/u);
    // Bytes past the last whole alphabet are skipped, not folded onto its first letters.
    const skipped = generatedPassword((bytes) => bytes.map((_, i) => (i % 2 ? 255 : 0)));
    expect(skipped).toBe('a'.repeat(16));
  });
});
