import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { errorText } from './errorText';
import { ru } from './ru';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: 'ru',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

describe('errorText', () => {
  it('translates a known code with its value', () => {
    expect(errorText(i18n, { code: 'phone.invalid', message: 'bad', value: '12345' })).toBe(
      '«12345» — неверный номер телефона. Проверьте цифры и код страны.',
    );
  });

  it('prefers the wording for the field', () => {
    expect(errorText(i18n, { code: 'required', field: 'fullName', message: 'x' })).toBe('Укажите имя клиента.');
    expect(errorText(i18n, { code: 'required', field: 'company', message: 'x' })).toBe('Заполните это поле.');
  });

  it('falls back to the core’s English message for an unknown code', () => {
    expect(errorText(i18n, { code: 'phone.somethingNew', message: 'Something new is wrong.' })).toBe(
      'Something new is wrong.',
    );
    expect(errorText(i18n, { code: 'phone', message: 'A branch, not a message.' })).toBe('A branch, not a message.');
  });
});
