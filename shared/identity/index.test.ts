import { describe, expect, it } from 'vitest';
import * as identity from './index';
import {
  DEFAULT_IDENTITY_SETTINGS,
  type IdentityKey,
  type IdentityProblem,
  type ParsedEmail,
  type ParsedPhone,
} from './index';

describe('the public API of shared/identity', () => {
  it('exports every function and constant others code against', () => {
    expect(Object.keys(identity).sort()).toEqual(
      [
        'DEFAULT_IDENTITY_SETTINGS',
        'NAME_HINT_THRESHOLD',
        'corporateDomainOf',
        'identityKeysOf',
        'isNameHint',
        'isPreparedNameHint',
        'prepareName',
        'preparedSkeletons',
        'createKeyHasher',
        'maskEmail',
        'maskPhone',
        'nameSimilarity',
        'nameSkeletons',
        'parseEmails',
        'parsePhones',
      ].sort(),
    );
  });

  it('defaults to Russia with its neighbours, and the defaults cannot be mutated', () => {
    expect(DEFAULT_IDENTITY_SETTINGS.defaultCountry).toBe('RU');
    expect(DEFAULT_IDENTITY_SETTINGS.neighbourCountries).toEqual(expect.arrayContaining(['BY', 'KZ', 'UA']));
    expect(Object.isFrozen(DEFAULT_IDENTITY_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_IDENTITY_SETTINGS.neighbourCountries)).toBe(true);
  });

  it('shapes match the contract', () => {
    const key: IdentityKey = identity.identityKeysOf({ phones: ['89161234567'], emails: [] }).keys[0]!;
    expect(Object.keys(key).sort()).toEqual(['display', 'key', 'kind']);
    const phone: ParsedPhone = identity.parsePhones('89161234567 доб. 5').phones[0]!;
    expect(phone).toEqual({ e164: '+79161234567', extension: '5', raw: '89161234567 доб. 5', country: 'RU' });
    const email: ParsedEmail = identity.parseEmails('A@B.ru').emails[0]!;
    expect(email).toEqual({ raw: 'A@B.ru', address: 'a@b.ru', canonical: 'a@b.ru', corporateDomain: 'b.ru' });
    const problem: IdentityProblem = identity.parseEmails('nope').problems[0]!;
    expect(Object.keys(problem).sort()).toEqual(['code', 'field', 'message', 'value']);
  });
});
