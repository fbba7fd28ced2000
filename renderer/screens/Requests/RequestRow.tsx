import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDoc } from '../../../shared/db/schemas/request';
import { explainRoute } from '../../../shared/routing';
import { useCore } from '../../core/CoreContext';
import { formatDateTime } from '../../format/dates';
import { useUi } from '../../state/uiStore';
import { LongText } from '../../widgets/LongText/LongText';
import { AssignRequest } from './AssignRequest';
import type { ScreenRequestsClient } from './useRequestsClient';

const STATE_COLORS = { new: 'red', inWork: 'blue', converted: 'green', lost: 'gray' } as const;

/** Minutes under two hours, then hours: "12 min", "3 h". */
function responseTime(ms: number, t: (key: string, params: Record<string, unknown>) => string): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  return minutes < 120
    ? t('requests.minutes', { count: minutes })
    : t('requests.hours', { count: Math.round(minutes / 60) });
}

/** One request: who, how they came, what they want, where it went and why, and what to do with it now. */
export function RequestRow({
  doc,
  client,
  mine,
  mayAssign,
  highlighted,
}: {
  doc: RequestDoc;
  client: ScreenRequestsClient;
  mine: boolean;
  /** A lead or an admin: may hand it to someone personally. */
  mayAssign: boolean;
  highlighted: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'ru';
  const [losing, setLosing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const core = useCore();
  const navigate = useUi((s) => s.navigate);
  const startNewClient = useUi((s) => s.startNewClient);
  /** One step from the request to the client: the own client holding its phone or e-mail, or a new one filled in. */
  const openClient = async () => {
    if (doc.state === 'new') await change('inWork');
    const contacts = [...doc.phones, ...doc.emails];
    for (const contact of contacts) {
      const [found] = await core.searchClients(contact, 1);
      if (found) return navigate({ name: 'client', id: found.id });
    }
    startNewClient({
      fullName: doc.name,
      phones: doc.phones.length ? doc.phones : [''],
      emails: doc.emails.length ? doc.emails : [''],
      company: '',
      notes: doc.note,
    });
  };
  const change = async (state: 'inWork' | 'converted' | 'lost') => {
    setBusy(true);
    const result = await client.changeState(doc.id, { state, reason: state === 'lost' ? reason.trim() : '' });
    setBusy(false);
    if (result.ok) {
      setLosing(false);
      setError(null);
    } else setError('message' in result.failure ? result.failure.message : t('requests.actionFailed'));
  };
  const open = doc.state === 'new' || doc.state === 'inWork';
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      data-testid="request-row"
      data-request-id={doc.id}
      data-state={doc.state}
      data-route={doc.route}
      style={highlighted ? { borderColor: 'var(--mantine-color-indigo-5)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Badge color={STATE_COLORS[doc.state]} variant="light" size="sm">
              {t(`requests.state.${doc.state}`)}
            </Badge>
            <Badge color="gray" variant="outline" size="sm">
              {t(`requests.channel.${doc.channel}`)}
            </Badge>
            <Text fw={600} truncate>
              {doc.name || doc.phones[0] || doc.emails[0]}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            {formatDateTime(doc.receivedAt, i18n.language)}
          </Text>
        </Group>
        <Text size="sm">{[...doc.phones, ...doc.emails].join(', ')}</Text>
        {doc.note && <LongText size="sm">{doc.note}</LongText>}
        <Text size="sm" c="dimmed" data-testid="request-explanation">
          {t('requests.assignee', { name: doc.assignee.name })} {explainRoute(doc.reason, language)}
        </Text>
        {doc.firstResponseAt !== undefined && (
          <Text size="xs" c="dimmed">
            {t('requests.firstResponse', { time: responseTime(doc.firstResponseAt - doc.receivedAt, t) })}
          </Text>
        )}
        {doc.state === 'lost' && doc.stateReason && (
          <Text size="xs" c="dimmed">
            {t('requests.lostBecause', { reason: doc.stateReason })}
          </Text>
        )}
        {mine && open && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => void openClient()} data-testid="request-open-client">
              {t('requests.action.openClient')}
            </Button>
            {doc.state === 'new' && (
              <Button size="xs" loading={busy} onClick={() => void change('inWork')} data-testid="request-in-work">
                {t('requests.action.inWork')}
              </Button>
            )}
            <Button size="xs" variant="light" color="green" loading={busy} onClick={() => void change('converted')}>
              {t('requests.action.converted')}
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => setLosing((v) => !v)}>
              {t('requests.action.lost')}
            </Button>
            {mayAssign && (
              <Button size="xs" variant="subtle" onClick={() => setAssigning((v) => !v)}>
                {t('requests.assign.open')}
              </Button>
            )}
          </Group>
        )}
        {assigning && (
          <AssignRequest
            client={client}
            requestId={doc.id}
            onDone={(failure) => {
              setError(failure);
              if (!failure) setAssigning(false);
            }}
          />
        )}
        {losing && (
          <Group gap="xs" align="flex-end">
            <TextInput
              size="xs"
              label={t('requests.lostReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button size="xs" color="gray" disabled={!reason.trim()} loading={busy} onClick={() => void change('lost')}>
              {t('requests.action.confirmLost')}
            </Button>
          </Group>
        )}
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
