import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Terms } from '../../../shared/workflow';
import type { DisputableDeal } from '../TermsForm/disputableDeals';
import { TermsForm } from '../TermsForm/TermsForm';
import type { TermsDraft } from '../TermsForm/termsDraft';
import type { SideNames } from '../TermsForm/termsSentence';

interface TermsDialogProps {
  /** The deals on the case's two clients the terms may name (from its evidence); null while they load. */
  deals: DisputableDeal[] | null;
  title: string;
  hint: string | null;
  names: SideNames;
  initial: TermsDraft;
  submitLabel: string;
  onClose: () => void;
  /** Resolves to null when the step was saved, else what went wrong in words. */
  onSubmit: (terms: Terms) => Promise<string | null>;
}

/** Proposing, countering and deciding all use the one terms form; only the words around it differ. */
export function TermsDialog({ deals, title, hint, names, initial, submitLabel, onClose, onSubmit }: TermsDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (terms: Terms) => {
    setBusy(true);
    const failure = await onSubmit(terms).finally(() => setBusy(false));
    if (failure) setError(failure);
    else onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered data-testid="terms-dialog">
      <Stack gap="md">
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="step-error">
            {error}
          </Alert>
        )}
        <TermsForm
          names={names}
          initial={initial}
          submitLabel={submitLabel}
          busy={busy}
          onSubmit={(terms) => void submit(terms)}
          onCancel={onClose}
          deals={deals}
        />
      </Stack>
    </Modal>
  );
}
