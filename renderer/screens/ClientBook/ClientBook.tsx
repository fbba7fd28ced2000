import { Button, EmptyState, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import classes from './ClientBook.module.css';
import { ClientRow } from './ClientRow';
import { useClientSearch } from './useClientSearch';

const LIMIT = 500;
const ROW_HEIGHT = 56;

export function ClientBook() {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const myId = useUi((s) => s.profile?.userId);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const { clients, ready } = useClientSearch(debounced, LIMIT);
  const searching = !ready || debounced !== query.trim();

  const viewportRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: clients.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const caption = debounced ? t('book.found', { count: clients.length }) : t('book.recent');

  return (
    <Stack gap="md" data-testid="client-book" data-search-state={searching ? 'searching' : 'done'}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('book.title')}</Title>
        <Button onClick={() => navigate({ name: 'newClient' })}>{t('nav.newClient')}</Button>
      </Group>
      <TextInput
        size="md"
        aria-label={t('book.search')}
        placeholder={t('book.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        data-testid="client-search"
        type="search"
        autoFocus
      />
      {ready && clients.length === 0 ? (
        <Paper withBorder py={48} px="md">
          {debounced ? (
            <EmptyState
              title={t('book.noResultsTitle', { query: debounced })}
              description={t('book.noResultsBody')}
              data-testid="book-no-results"
            />
          ) : (
            <EmptyState title={t('book.emptyTitle')} description={t('book.emptyBody')} data-testid="book-empty">
              <EmptyState.Actions>
                <Button onClick={() => navigate({ name: 'newClient' })}>{t('book.addFirst')}</Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </Paper>
      ) : (
        <Paper withBorder style={{ overflow: 'hidden' }}>
          <Group justify="space-between" px="md" py={8} bg="gray.0">
            <Text size="sm" c="dimmed" data-testid="book-caption">
              {caption}
            </Text>
            {clients.length >= LIMIT && (
              <Text size="sm" c="dimmed">
                {t('book.limited', { count: LIMIT })}
              </Text>
            )}
          </Group>
          <div className={classes.head} aria-hidden>
            <span>{t('book.colName')}</span>
            <span>{t('book.colPhones')}</span>
            <span>{t('book.colCompany')}</span>
            <span>{t('book.colOwner')}</span>
          </div>
          <div
            ref={viewportRef}
            className={classes.viewport}
            data-testid="client-list"
            role="list"
            aria-label={t('book.title')}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const client = clients[item.index]!;
                return (
                  <div role="listitem" key={client.id}>
                    <ClientRow client={client} isOwn={client.ownerId === myId} top={item.start} height={item.size} />
                  </div>
                );
              })}
            </div>
          </div>
        </Paper>
      )}
    </Stack>
  );
}
