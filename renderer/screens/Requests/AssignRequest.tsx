import { Button, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskBoardEntry } from '../../../shared/sync';
import type { ScreenRequestsClient } from './useRequestsClient';

/** A lead hands a request to someone of the office personally; the reason is recorded and shown. */
export function AssignRequest({
  client,
  requestId,
  onDone,
}: {
  client: ScreenRequestsClient;
  requestId: string;
  onDone(error: string | null): void;
}) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<DeskBoardEntry[]>([]);
  const [userId, setUserId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void client.desk().then((r) => r.ok && setPeople(r.value.people));
  }, [client]);
  const assign = async () => {
    if (!userId) return;
    setBusy(true);
    const result = await client.assign(requestId, { userId, reason: reason.trim() });
    setBusy(false);
    onDone(result.ok ? null : 'message' in result.failure ? result.failure.message : t('requests.actionFailed'));
  };
  return (
    <Group gap="xs" align="flex-end" data-testid="request-assign">
      <Select
        size="xs"
        label={t('requests.assign.to')}
        data={people.map((p) => ({ value: p.userId, label: `${p.name} · ${t(`requests.desk.${p.status}`)}` }))}
        value={userId}
        onChange={setUserId}
        searchable
      />
      <TextInput
        size="xs"
        label={t('requests.assign.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        style={{ flex: 1 }}
      />
      <Button size="xs" disabled={!userId || !reason.trim()} loading={busy} onClick={() => void assign()}>
        {t('requests.assign.submit')}
      </Button>
    </Group>
  );
}
