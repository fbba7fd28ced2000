import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { DealForm } from './DealForm';
import { DealCard } from './DealCard';

/**
 * The client's deals, newest first, live: what a bonus is paid on. A client handed over to
 * another manager takes no new deals here (the new owner records them), but its deals can still
 * be brought up to date.
 */
export function DealList({ clientId, acceptsNewDeals }: { clientId: string; acceptsNewDeals: boolean }) {
  const { t } = useTranslation();
  const core = useCore();
  const deals = useObservable(() => core.deals$(clientId), [core, clientId]);
  /** 'new', a dealId being changed, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const list = deals.loading ? [] : deals.value;
  // A save can finish after the user has opened another form: close only the form that finished.
  const closeForm = (form: string) => setEditing((open) => (open === form ? null : open));
  return (
    <Paper withBorder p="lg" data-testid="deal-list">
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={600}>{t('deals.title')}</Text>
          {acceptsNewDeals && editing !== 'new' && (
            <Button variant="light" size="compact-md" onClick={() => setEditing('new')} data-testid="deal-add">
              {t('deals.add')}
            </Button>
          )}
        </Group>
        {editing === 'new' && <DealForm clientId={clientId} onDone={() => closeForm('new')} />}
        {!deals.loading && list.length === 0 && editing !== 'new' && (
          <Text size="sm" c="dimmed">
            {t(acceptsNewDeals ? 'deals.empty' : 'deals.emptyHandedOver')}
          </Text>
        )}
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((deal) =>
            editing === deal.dealId ? (
              <li key={deal.dealId}>
                <DealForm clientId={deal.clientId} deal={deal} onDone={() => closeForm(deal.dealId)} />
              </li>
            ) : (
              <DealCard key={deal.dealId} deal={deal} onChange={() => setEditing(deal.dealId)} />
            ),
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
