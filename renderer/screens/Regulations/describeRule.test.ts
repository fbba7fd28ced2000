import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGULATIONS, type Rule } from '../../../shared/regulations';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { describeRule, ruleWords } from './describeRule';

const i18n = i18next.createInstance();
let tEn: TFunction;
let tRu: TFunction;
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  tEn = i18n.getFixedT('en');
  tRu = i18n.getFixedT('ru');
});

const plain = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');
const rule = (conditions: Rule['conditions'], outcome: Rule['outcome']): Rule => ({
  id: 'r',
  name: 'R',
  conditions,
  outcome,
});

describe('describeRule', () => {
  it('lists only the conditions the rule has, in a fixed order', () => {
    expect(
      describeRule(
        rule({ firstContact: 'newcomer', sameOffice: false, matchKind: ['email'] }, { type: 'moveToNewcomer' }),
      ),
    ).toEqual({
      conditions: [
        { key: 'matchKind', kinds: ['email'] },
        { key: 'differentOffices' },
        { key: 'firstContactNewcomer' },
      ],
      outcome: { key: 'outcome_moveToNewcomer' },
    });
  });

  it('says "no" conditions as such, not as missing ones', () => {
    expect(
      describeRule(
        rule({ ownerHasOpenDeal: false, ownerHasPaidDeal: false, newcomerViaHousehold: false }, { type: 'notifyOnly' }),
      ).conditions.map((p) => p.key),
    ).toEqual(['ownerHasNoOpenDeal', 'ownerHasNoPaidDeal', 'notViaHousehold']);
  });

  it('picks the claim-age phrase by the bounds given', () => {
    const key = (claimAgeDays: { min?: number; max?: number }) =>
      describeRule(rule({ claimAgeDays }, { type: 'leadDecides' })).conditions[0]?.key;
    expect(key({ min: 30 })).toBe('claimAgeAtLeast');
    expect(key({ max: 7 })).toBe('claimAgeAtMost');
    expect(key({ min: 0, max: 7 })).toBe('claimAgeBetween');
  });
});

describe('ruleWords', () => {
  it('says each default rule in English', () => {
    expect(DEFAULT_REGULATIONS.map((r) => ruleWords(r, tEn, 'en').sentence)).toEqual([
      'If the newcomer contacted the client first, then the client moves to the newcomer.',
      'If the owner has had no activity with the client for 60 days or more, then the client moves to the newcomer.',
      'If the managers work in different offices, then the two managers negotiate within 48 hours; after that a lead decides.',
      'If both managers work in the same office, then a lead decides.',
    ]);
  });

  it('says each default rule in Russian', () => {
    expect(DEFAULT_REGULATIONS.map((r) => plain(ruleWords(r, tRu, 'ru').sentence))).toEqual([
      'Если новый менеджер первым связался с клиентом, то клиент переходит к новому менеджеру.',
      'Если владелец не работал с клиентом 60 дн. или дольше, то клиент переходит к новому менеджеру.',
      'Если менеджеры работают в разных офисах, то менеджеры договариваются сами в течение 48 ч, после этого решает руководитель.',
      'Если оба менеджера работают в одном офисе, то решает руководитель.',
    ]);
  });

  it('joins several conditions and kinds of match in words', () => {
    const household = rule(
      { matchKind: ['phone', 'email'], newcomerViaHousehold: true, claimAgeDays: { min: 7, max: 30 } },
      { type: 'splitFirstOrder', owner: 70, newcomer: 30 },
    );
    expect(ruleWords(household, tEn, 'en')).toEqual({
      when: 'the clients match by phone or email, the owner’s claim is between 7 and 30 days old, and the newcomer’s request came from a household member of the client',
      then: 'the owner gets 70% of the first order and the newcomer 30%',
      sentence:
        'If the clients match by phone or email, the owner’s claim is between 7 and 30 days old, and the newcomer’s request came from a household member of the client, then the owner gets 70% of the first order and the newcomer 30%.',
    });
    expect(plain(ruleWords(household, tRu, 'ru').sentence)).toBe(
      'Если клиенты совпадают по телефону или эл. почте, заявке владельца от 7 до 30 дн. и запрос нового менеджера пришёл от члена семьи клиента, то владелец получает 70% первого заказа, новый менеджер — 30%.',
    );
  });

  it('a rule without conditions applies in every case', () => {
    expect(ruleWords(rule({}, { type: 'notifyOnly' }), tEn, 'en')).toEqual({
      when: null,
      then: 'both managers are told and nothing else changes',
      sentence: 'In every case, both managers are told and nothing else changes.',
    });
    expect(ruleWords(rule({ claimAgeDays: { max: 1 } }, { type: 'stayWithOwner' }), tEn, 'en').sentence).toBe(
      'If the owner’s claim is at most 1 day old, then the client stays with the owner.',
    );
  });
});
