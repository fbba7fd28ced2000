import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { splitText } from './dealText';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

describe('a deal’s split in words', () => {
  const shares = [
    { managerId: 'petya', managerName: 'Petya Ivanov', pct: 60 },
    { managerId: 'masha', managerName: 'Masha Petrova', pct: 40 },
  ];
  it('names each manager’s share and which order it is', () => {
    expect(splitText(en, { caseId: 'c', shares, reason: 'first-order' })).toBe(
      'Split: Petya Ivanov 60%, Masha Petrova 40% (first order)',
    );
    expect(splitText(ru, { caseId: 'c', shares, reason: 'later-order' })).toBe(
      'Доли: Petya Ivanov 60%, Masha Petrova 40% (следующий заказ)',
    );
    expect(splitText(en, null)).toBeNull();
  });
});
