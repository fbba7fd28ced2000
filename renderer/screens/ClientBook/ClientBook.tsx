import { Button, EmptyState, Group, Loader, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';
import { bookSyncProgress } from './bookSyncProgress';
import classes from './ClientBook.module.css';
import { ClientRow, ClientRowPlaceholder } from './ClientRow';
import { useClientPages } from './useClientPages';
import { useClientSearch } from './useClientSearch';

/** Search answers beyond this are not listed: a query this broad wants another word. */
const SEARCH_LIMIT = 1_000;
const ROW_HEIGHT = 56;
const NO_CASES: never[] = [];

/** The whole book, alphabetically, read a page at a time as it scrolls; or what the search box finds. */
export function ClientBook() {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const navigate = useUi((s) => s.navigate);
  const myId = useUi((s) => s.profile?.userId);
  const syncing = bookSyncProgress(useSync((s) => s.status));
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const search = useClientSearch(debounced, SEARCH_LIMIT);
  const bookState = useObservable(() => core.clientBook$(), [core]);
  const book = bookState.loading ? null : bookState.value;
  const openCases = useObservable(() => core.openCasesByClient$(), [core]);
  const casesByClient = openCases.loading ? null : openCases.value;

  const searching = debounced !== '';
  // Before the count, as many rows as the first page read holds.
  const [rowsBeforeCount, setRowsBeforeCount] = useState(0);
  const count = searching ? search.clients.length : (book?.total ?? rowsBeforeCount);
  const ready = searching ? search.ready && debounced === query.trim() : book !== null;

  const viewportRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const pages = useClientPages(book, items[0]?.index ?? 0, items.at(-1)?.index ?? 0, !searching);
  if (pages.rowsBeforeCount !== rowsBeforeCount) setRowsBeforeCount(pages.rowsBeforeCount);
  const clientAt = (index: number): ClientDoc | undefined =>
    searching ? search.clients[index] : pages.clientAt(index);

  const total = count.toLocaleString(i18n.language);
  const caption = searching
    ? t('book.found', { count })
    : book
      ? t('book.total', { count, total })
      : t('book.counting');

  return (
    <Stack gap="md" data-testid="client-book" data-search-state={ready ? 'done' : 'searching'} data-total={book?.total}>
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
      {syncing !== null && (
        <Stack gap={4} data-testid="book-sync-progress" data-pulled={syncing}>
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {syncing > 0
                ? t('book.syncing', { total: syncing.toLocaleString(i18n.language) })
                : t('book.syncingStart')}
            </Text>
          </Group>
          <Progress value={100} animated striped size="xs" aria-hidden />
        </Stack>
      )}
      {ready && count === 0 ? (
        <Paper withBorder py={48} px="md">
          {searching ? (
            <EmptyState
              title={t('book.noResultsTitle', { query: debounced })}
              description={t('book.noResultsBody')}
              data-testid="book-no-results"
            />
          ) : syncing !== null ? null : (
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
            {searching && count >= SEARCH_LIMIT && (
              <Text size="sm" c="dimmed">
                {t('book.limited', { count: SEARCH_LIMIT })}
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
              {items.map((item) => {
                const client = clientAt(item.index);
                return (
                  <div role="listitem" key={client?.id ?? `row-${item.index}`}>
                    {client ? (
                      <ClientRow
                        client={client}
                        isOwn={client.ownerId === myId}
                        openCases={casesByClient?.get(client.id) ?? NO_CASES}
                        top={item.start}
                        height={item.size}
                      />
                    ) : (
                      <ClientRowPlaceholder top={item.start} height={item.size} />
                    )}
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
