import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { DEFAULT_REGULATIONS } from '../../shared/regulations';
import { i18nForTests } from '../../test/support/i18nForTests';
import { ruleDisplayName } from './ruleName';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

describe('rule names', () => {
  it('reads every shipped rule in the UI language', () => {
    for (const rule of DEFAULT_REGULATIONS) {
      expect(ruleDisplayName(en, rule)).toBe(rule.name);
      expect(ruleDisplayName(ru, rule)).toMatch(/[а-яё]/u);
    }
    expect(ruleDisplayName(ru, DEFAULT_REGULATIONS[1]!)).toBe('Заявка теряет силу через 60 дней без активности');
  });

  it('keeps the name an agency gave a rule', () => {
    expect(ruleDisplayName(ru, { id: 'claim-lapses', name: 'Заявка живёт 90 дней' })).toBe('Заявка живёт 90 дней');
    expect(ruleDisplayName(ru, { id: 'r-7', name: 'Our rule' })).toBe('Our rule');
  });
});
