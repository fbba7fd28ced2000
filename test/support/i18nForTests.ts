// The app's real strings in a standalone i18next instance, so tests of wording read what users read.
import i18next, { type i18n } from 'i18next';
import { en } from '../../renderer/i18n/en';
import { addNameFormatters } from '../../renderer/i18n/nameFormatters';
import { ru } from '../../renderer/i18n/ru';

export async function i18nForTests(language: 'en' | 'ru' = 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  addNameFormatters(instance);
  return instance;
}
