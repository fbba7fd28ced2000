import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecommendation } from '../../../shared/db';
import { DEFAULT_REGULATIONS, evaluateRegulations } from '../../../shared/regulations';
import { caseContextForTests } from '../../../test/support/caseContextForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { outcomeText, reasonsText, recommendationInfo, ruleTitle } from './recommendationText';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const names = { owner: 'Petya', newcomer: 'Masha' };
const ctx = caseContextForTests({
  claimAgeDays: 200,
  ownerInactiveDays: 75,
  ownerOffice: 'Office 1',
  newcomerOffice: 'Office 2',
});

describe('recommendation in words', () => {
  it('names the rule and why it applied, from the office’s own evaluation', () => {
    const info = recommendationInfo({ provisional: true, value: evaluateRegulations(DEFAULT_REGULATIONS, ctx) })!;
    expect(info.provisional).toBe(true);
    expect(ruleTitle(en, info)).toBe('Rule 2 — “A claim lapses after 60 days without activity”');
    expect(reasonsText(en, info)).toBe('Petya’s last activity was 75 days ago');
    expect(reasonsText(ru, info)).toBe('последняя активность Petya с клиентом была 75 дней назад');
    expect(ruleTitle(ru, info)).toBe('Правило 2 — «Заявка теряет силу через 60 дней без активности»');
    expect(outcomeText(en, info.outcome, names)).toBe('The client moves to Masha.');
  });

  it('reads the endpoint’s stored recommendation the same way', () => {
    const stored: CaseRecommendation = {
      outcome: { type: 'negotiate', deadlineHours: 48 },
      ruleId: 'across-offices-negotiate',
      ruleName: 'Across offices the managers negotiate first',
      ruleNumber: 3,
      explanation: 'Rule 3 — …',
      reasons: [
        {
          condition: 'sameOffice',
          text: 'English',
          params: JSON.stringify({
            owner: 'Petya',
            newcomer: 'Masha',
            ownerOffice: 'Office 1',
            newcomerOffice: 'Office 2',
            sameOffice: false,
          }),
        },
      ],
      regulationsVersion: 2,
      evaluatedAt: 1,
    };
    const info = recommendationInfo({ provisional: false, value: stored })!;
    expect(ruleTitle(ru, info)).toBe('Правило 3 — «Между офисами менеджеры сначала договариваются сами»');
    expect(ruleTitle(ru, { ...info, ruleName: 'Спор офисов — переговоры' })).toBe(
      'Правило 3 — «Спор офисов — переговоры»',
    );
    expect(reasonsText(en, info)).toBe('Petya (Office 1) and Masha (Office 2) work in different offices');
    expect(outcomeText(en, info.outcome, names)).toBe(
      'Petya and Masha negotiate; they have 48 hours to agree, then the leads decide.',
    );
    expect(outcomeText(ru, info.outcome, names)).toBe(
      'Petya и Masha договариваются; на это 48 часов, потом решают руководители.',
    );
  });

  it('falls back to the engine’s English for a reason it cannot put in words', () => {
    const stored = {
      outcome: { type: 'leadDecides' as const },
      ruleId: '',
      ruleName: '',
      ruleNumber: 0,
      explanation: 'No rule applies.',
      reasons: [{ condition: 'somethingNew', text: 'the moon is full', params: 'not json' }],
      regulationsVersion: 0,
      evaluatedAt: 1,
    };
    const info = recommendationInfo({ provisional: false, value: stored })!;
    expect(ruleTitle(en, info)).toBe('No rule of the regulations applies to this case, so a lead decides.');
    expect(reasonsText(en, info)).toBe('the moon is full');
    expect(recommendationInfo(null)).toBeNull();
    expect(recommendationInfo({ provisional: false, value: undefined })).toBeNull();
  });

  it('has words for every outcome', () => {
    for (const type of [
      'stayWithOwner',
      'moveToNewcomer',
      'splitFirstOrder',
      'negotiate',
      'leadDecides',
      'notifyOnly',
    ] as const) {
      expect(outcomeText(ru, { type, owner: 60, newcomer: 40, deadlineHours: 24 }, names)).not.toBe(type);
    }
    expect(outcomeText(en, { type: 'splitFirstOrder', owner: 60, newcomer: 40 }, names)).toBe(
      'Split the first order: Petya 60%, Masha 40%.',
    );
  });
});

describe('recommendation in Russian, with Russian names', () => {
  it('declines the managers’ names after prepositions and agrees verbs with them', () => {
    const russian = caseContextForTests({
      ownerName: 'Маша Смирнова',
      newcomerName: 'Пётр Иванов',
      ownerInactiveDays: 284,
      firstContact: 'newcomer',
    });
    const lapsed = recommendationInfo({
      provisional: false,
      value: evaluateRegulations(DEFAULT_REGULATIONS.slice(1), russian),
    })!;
    expect(reasonsText(ru, lapsed)).toBe('последняя активность Маши Смирновой с клиентом была 284 дня назад');
    const names = { owner: 'Маша Смирнова', newcomer: 'Пётр Иванов' };
    expect(outcomeText(ru, lapsed.outcome, names)).toBe('Клиент переходит к Петру Иванову.');
    expect(outcomeText(ru, { type: 'stayWithOwner' }, names)).toBe('Клиент остаётся за Машей Смирновой.');
    const first = recommendationInfo({ provisional: false, value: evaluateRegulations(DEFAULT_REGULATIONS, russian) })!;
    expect(reasonsText(ru, first)).toBe('первым с клиентом связался Пётр Иванов');
  });
});
