import { useTranslation } from 'react-i18next';
import { useUi } from '../state/uiStore';
import { rememberLanguage, type Language } from './languages';

/** Switches the UI language now and remembers it for the next start. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = useUi((s) => s.language);
  const setLanguage = useUi((s) => s.setLanguage);
  return [
    language,
    (next) => {
      rememberLanguage(next);
      setLanguage(next);
      void i18n.changeLanguage(next);
    },
  ];
}
