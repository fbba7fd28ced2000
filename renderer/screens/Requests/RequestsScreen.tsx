import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMine } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';
import { PlusIcon } from '../../widgets/Icons/Icons';
import { DeskStatusControl } from './DeskStatusControl';
import { PendingIntakes } from './PendingIntakes';
import { RequestRow } from './RequestRow';
import { TakeRequestForm } from './TakeRequestForm';
import { useRequestsClient } from './useRequestsClient';

/**
 * Incoming requests: take one during a call (the endpoint routes it at once), see the requests
 * that came to me — a lead, those of the office — newest first, and move each along.
 */
export function RequestsScreen({ requestId }: { requestId?: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const profile = useUi((s) => s.profile);
  const signedIn = useSync((s) => s.connection.kind === 'signedIn');
  const client = useRequestsClient();
  const [taking, setTaking] = useState(false);
  const requests = useObservable(() => core.requests$, [core]);
  const viewer = profile && { userId: profile.userId, role: profile.role ?? 'manager', officeId: profile.officeId };
  const visible = requests.loading || !viewer ? [] : requests.value.filter((d) => isMine(d, viewer));
  return (
    <Stack gap="md" maw={960} data-testid="requests-screen">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('requests.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('requests.intro')}
          </Text>
        </Stack>
        {signedIn && profile && <DeskStatusControl client={client} userId={profile.userId} />}
      </Group>
      {!signedIn ? (
        <Paper withBorder p="md" data-testid="requests-offline">
          <Text size="sm">{t('requests.signInFirst')}</Text>
        </Paper>
      ) : taking ? (
        <TakeRequestForm client={client} onClose={() => setTaking(false)} />
      ) : (
        <Group>
          <Button leftSection={<PlusIcon />} onClick={() => setTaking(true)} data-testid="take-request-open">
            {t('requests.take')}
          </Button>
        </Group>
      )}
      <PendingIntakes />
      {requests.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : visible.length === 0 ? (
        <Paper withBorder p="xl" data-testid="requests-empty">
          <Text c="dimmed" ta="center" size="sm">
            {t('requests.empty')}
          </Text>
        </Paper>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="requests-list">
          {visible.map((doc) => (
            <RequestRow
              key={doc.id}
              doc={doc}
              client={client}
              mine={doc.assignee.userId === viewer?.userId || viewer?.role !== 'manager'}
              mayAssign={viewer?.role === 'lead' || viewer?.role === 'admin'}
              highlighted={doc.id === requestId}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
