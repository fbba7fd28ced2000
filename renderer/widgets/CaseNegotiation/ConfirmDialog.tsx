import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Asks for a text (escalation reason, which lead was handed over); it must not be empty. */
  text?: { label: string; placeholder: string; max: number; requiredMessage: string; tooLongMessage: string };
  onClose: () => void;
  /** Resolves to null when the step was saved, else what went wrong in words. */
  onConfirm: (text: string) => Promise<string | null>;
}

/** A step that needs a confirmation and perhaps a few words: accepting, escalating, handing over a lead. */
export function ConfirmDialog({ title, children, confirmLabel, text, onClose, onConfirm }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalid = text
    ? value.trim() === ''
      ? text.requiredMessage
      : value.length > text.max
        ? text.tooLongMessage
        : null
    : null;

  const confirm = async () => {
    setTried(true);
    if (invalid) return;
    setBusy(true);
    const failure = await onConfirm(value.trim()).finally(() => setBusy(false));
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered data-testid="confirm-dialog">
      <Stack gap="md">
        {children}
        {text && (
          <Textarea
            label={text.label}
            placeholder={text.placeholder}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={tried ? invalid : undefined}
            autosize
            minRows={2}
            maxRows={6}
            required
            data-autofocus
            data-testid="confirm-text"
          />
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="step-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('resolution.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void confirm()} data-testid="confirm-submit">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
