import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import type { Language } from './languages';
import { addNameFormatters } from './nameFormatters';
import { ru } from './ru';

export async function setupI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; escaping here too would show &quot; in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addNameFormatters(instance);
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}
