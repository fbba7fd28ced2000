import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitch({ size = 'xs', fullWidth = false }: { size?: 'xs' | 'sm'; fullWidth?: boolean }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <SegmentedControl
      size={size}
      fullWidth={fullWidth}
      aria-label={t('nav.language')}
      data-testid="language-switch"
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
