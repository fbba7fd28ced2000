import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A generated password, shown once: the endpoint keeps only its hash. */
export function NewPasswordNotice({
  name,
  username,
  password,
  onClose,
}: {
  name: string;
  username: string;
  password: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      title={t('admin.password.shownOnceTitle', { name })}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('admin.close')}
      data-testid="new-password-notice"
    >
      <Text size="sm">{t('admin.password.shownOnce', { username })}</Text>
      <Group gap="xs" mt="xs">
        <Code fz="md" data-testid="new-password">
          {password}
        </Code>
        <CopyButton value={password}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? t('admin.password.copied') : t('admin.password.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
