import { Group, SegmentedControl, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_STATUSES, type DeskStatus } from '../../../shared/routing';
import type { ScreenRequestsClient } from './useRequestsClient';

/** The person's own place at the free desk: available, busy, away (away is skipped by the rotation). */
export function DeskStatusControl({ client, userId }: { client: ScreenRequestsClient; userId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DeskStatus | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void client.desk().then((r) => {
      if (!live) return;
      if (r.ok) setStatus(r.value.people.find((p) => p.userId === userId)?.status ?? 'available');
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [client, userId]);
  if (failed || status === null) return null;
  const change = async (next: DeskStatus) => {
    const before = status;
    setStatus(next);
    const result = await client.setDeskStatus({ status: next });
    if (!result.ok) setStatus(before);
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {t('requests.desk.label')}
      </Text>
      <SegmentedControl
        size="xs"
        value={status}
        onChange={(v) => void change(v as DeskStatus)}
        data={DESK_STATUSES.map((s) => ({ value: s, label: t(`requests.desk.${s}`) }))}
        data-testid="desk-status"
      />
    </Group>
  );
}
