import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyDraft } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { useUi } from '../../state/uiStore';
import { ClientMissing } from '../../widgets/ClientMissing/ClientMissing';
import { ClientForm } from './ClientForm';
import { draftFromClient } from './draftFromClient';

/** New client, or the edit form once the client is loaded (later changes elsewhere do not reset what is being typed). */
export function ClientFormScreen({ clientId }: { clientId?: string }) {
  const prefill = useUi((s) => s.newClientDraft);
  if (!clientId) return <ClientForm initial={prefill ?? emptyDraft()} />;
  return <EditClient clientId={clientId} />;
}

function EditClient({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const client = useObservable(() => core.client$(clientId), [core, clientId]);
  if (client.loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (!client.value) return <ClientMissing />;
  return <ClientForm clientId={clientId} initial={draftFromClient(client.value, t('form.extLabel'))} />;
}
