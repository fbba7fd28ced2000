export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'claimdesk.language';

/** The user's explicit choice wins; otherwise the OS locale: Russian for "ru-*", English for everything else. */
export function pickLanguage(stored: string | null, osLocale: string): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return osLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> = localStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the OS locale is a fine answer then
  }
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered across restarts, still switched for this session
  }
}
