import { Spoiler, Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** About eight lines of text; a longer note (a pasted letter) folds behind "show all". */
const FOLDED_HEIGHT = 160;

/** A person's free text, line breaks kept, long words wrapped, and folded when it is long. */
export function LongText({ children, testId, ...props }: TextProps & { children: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Spoiler
      maxHeight={FOLDED_HEIGHT}
      showLabel={t('longText.show')}
      hideLabel={t('longText.hide')}
      data-testid={testId}
    >
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} {...props}>
        {children}
      </Text>
    </Spoiler>
  );
}
