import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointFailure } from '../../sync/resolutionClient';

/**
 * A party's choice to let the other side read their notes on this case. It cannot be taken back
 * (the other office may have read them), so it asks first.
 */
export function ShareNotesButton({ onShare }: { onShare: () => Promise<EndpointFailure | null> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<EndpointFailure | null>(null);
  const close = () => {
    setAsking(false);
    setFailure(null);
  };
  const share = async () => {
    setBusy(true);
    const failed = await onShare().finally(() => setBusy(false));
    if (failed) setFailure(failed);
    else close();
  };
  return (
    <>
      <Button variant="light" size="compact-sm" onClick={() => setAsking(true)} data-testid="evidence-share-notes">
        {t('evidence.shareNotes')}
      </Button>
      {asking && (
        <Modal opened onClose={close} title={t('evidence.shareNotesTitle')} centered data-testid="share-notes-dialog">
          <Stack gap="md">
            <Text size="sm">{t('evidence.shareNotesBody')}</Text>
            {failure && (
              <Alert color="red" variant="light" role="alert" data-testid="share-notes-error">
                {failure.code === 'not_signed_in' || failure.code === 'unreachable'
                  ? t(`evidence.shareFailed_${failure.code}`)
                  : t('evidence.shareFailed', { message: failure.message })}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={busy}>
                {t('evidence.cancel')}
              </Button>
              <Button loading={busy} onClick={() => void share()} data-testid="share-notes-confirm">
                {t('evidence.shareNotesConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
