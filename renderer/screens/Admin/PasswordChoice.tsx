import { PasswordInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/sync';

export type PasswordMode = 'generated' | 'typed';

/**
 * A new password: one the app generates (shown once, after the endpoint took it) or one typed
 * by the admin, held to the endpoint's rules.
 */
export function PasswordChoice({
  mode,
  onMode,
  typed,
  onTyped,
  error,
}: {
  mode: PasswordMode;
  onMode(mode: PasswordMode): void;
  typed: string;
  onTyped(value: string): void;
  error: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('admin.password.label')}
      </Text>
      <SegmentedControl
        value={mode}
        onChange={(value) => onMode(value as PasswordMode)}
        data={[
          { value: 'generated', label: t('admin.password.generated') },
          { value: 'typed', label: t('admin.password.typed') },
        ]}
        data-testid="password-mode"
      />
      {mode === 'generated' ? (
        <Text size="xs" c="dimmed">
          {t('admin.password.generatedHelp')}
        </Text>
      ) : (
        <PasswordInput
          aria-label={t('admin.password.label')}
          description={t('admin.password.typedHelp', { min: PASSWORD_MIN_LENGTH })}
          value={typed}
          onChange={(e) => onTyped(e.currentTarget.value)}
          error={error}
          autoComplete="new-password"
          data-testid="password-typed"
        />
      )}
    </Stack>
  );
}
