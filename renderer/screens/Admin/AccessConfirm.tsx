import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointFailure, EndpointResult } from '../../../shared/endpoint';
import { failureText } from './adminFailure';
import { DialogFooter } from './DialogFooter';

/**
 * The confirmation of taking access away or giving it back (a person, a whole office): what it
 * does in words, then one call to the endpoint; a refusal is shown in the dialog.
 */
export function AccessConfirm({
  enabling,
  title,
  body,
  label,
  testId,
  conflict,
  act,
  onDone,
  onClose,
}: {
  enabling: boolean;
  title: string;
  body: string;
  label: string;
  testId: string;
  /** What a 409 means here (the last active admin). */
  conflict: string;
  act(): Promise<EndpointResult<unknown, EndpointFailure>>;
  onDone(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const result = await act();
    setBusy(false);
    if (result.ok) onDone();
    else setFailure(failureText(t, result.failure, conflict));
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="sm">
        <Text size="sm">{body}</Text>
        <DialogFooter
          failure={failure}
          onCancel={onClose}
          label={label}
          testId={testId}
          busy={busy}
          color={enabling ? undefined : 'red'}
          onClick={() => void confirm()}
        />
      </Stack>
    </Modal>
  );
}
