import { describe, expect, it } from 'vitest';
import { identityKeysOf } from '../identity';
import { checkClaimsLookup, checkLookupBudget } from './validateClaimsLookup';

const fieldsOf = (body: unknown): string[] => {
  const checked = checkClaimsLookup(body);
  return checked.ok ? [] : checked.fields.map((f) => f.field);
};

describe('checkClaimsLookup', () => {
  it('accepts every key identityKeysOf produces, once each, in the order given', () => {
    const { keys } = identityKeysOf({
      phones: ['+7 916 123-45-67'],
      emails: ['Petr.Ivanov+tours@googlemail.com', 'anna@почта-тур.рф', 'boss@Romashka-Tour.ru'],
    });
    const all = keys.map((k) => k.key);
    expect(all).toContain('domain:romashka-tour.ru');
    expect(checkClaimsLookup({ keys: [...all, all[0]] })).toEqual({ ok: true, value: { keys: all } });
    expect(checkClaimsLookup({ keys: [] })).toEqual({ ok: true, value: { keys: [] } });
  });

  it('names each malformed key, and refuses more than 20 keys or no list at all', () => {
    expect(fieldsOf(null)).toEqual(['keys']);
    expect(fieldsOf({ keys: 'phone:+79161234567' })).toEqual(['keys']);
    expect(
      fieldsOf({ keys: Array.from({ length: 21 }, (_, i) => `phone:+7916000${String(i).padStart(4, '0')}`) }),
    ).toEqual(['keys']);
    expect(
      fieldsOf({
        keys: [
          'phone:+79161234567',
          'fax:+79161234567',
          'phone:89161234567',
          'email:Ivan@example.com',
          'email:ivan',
          'domain:alfa ru',
          'domain:',
          7,
          `email:${'a'.repeat(310)}@example.com`,
        ],
      }),
    ).toEqual(['keys[1]', 'keys[2]', 'keys[3]', 'keys[4]', 'keys[5]', 'keys[6]', 'keys[7]', 'keys[8]']);
  });
});

describe('checkLookupBudget', () => {
  it('takes two whole numbers, a day at least an hour', () => {
    expect(checkLookupBudget({ perHour: 100, perDay: 250 })).toEqual({
      ok: true,
      value: { perHour: 100, perDay: 250 },
    });
    for (const body of [{ perHour: 0, perDay: 1 }, { perHour: 1.5, perDay: 2 }, { perHour: '5', perDay: 5 }, {}])
      expect(checkLookupBudget(body).ok).toBe(false);
    expect(checkLookupBudget({ perHour: 10, perDay: 5 })).toMatchObject({ ok: false, fields: [{ field: 'perDay' }] });
  });
});
