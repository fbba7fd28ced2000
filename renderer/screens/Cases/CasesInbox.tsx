import { Center, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../format/useNow';
import { useUi } from '../../state/uiStore';
import { CaseRow } from './CaseRow';
import { groupSiblings, matchesOffice, officePairs, type OfficeFilter } from './caseView';
import { INBOX_FILTERS, inboxStatus, matchesFilter, type InboxFilter, type InboxStatus } from './inboxStatus';
import { useInboxCases, type InboxCase } from './useCases';

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

/**
 * The cases inbox: duplicate cases of me or my office, newest first, unseen ones bold; cases about
 * the same client listed together; filters by who must act and by offices.
 */
export function CasesInbox() {
  const { t } = useTranslation();
  const cases = useInboxCases();
  const profile = useUi((s) => s.profile);
  const now = useNow();
  const [filter, setFilter] = useState<InboxFilter>('all');
  const [office, setOffice] = useState<string>('all');
  const viewer = { userId: profile?.userId ?? '', officeId: profile?.officeId ?? '', role: profile?.role ?? 'manager' };
  const rows = useMemo(
    () =>
      (cases.loading ? [] : cases.value).map((item) => ({
        ...item,
        status: item.doc.kind === 'company' ? null : inboxStatus(item.doc, item.events, viewer, now),
      })),
    // The viewer is rebuilt each render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cases, viewer.userId, viewer.officeId, viewer.role, now],
  );
  const officeFilter: OfficeFilter =
    office === 'all' ? { kind: 'all' } : office === 'myOffice' ? { kind: 'myOffice' } : { kind: 'pair', key: office };
  const shown = rows.filter(
    (r) =>
      matchesOffice(r.doc, officeFilter, viewer.officeId) &&
      (filter === 'all' || (r.status && matchesFilter(r.status, filter))),
  );
  const count = (f: InboxFilter) => rows.filter((r) => f === 'all' || (r.status && matchesFilter(r.status, f))).length;
  const pairs = officePairs(rows.map((r) => r.doc));
  return (
    <Stack gap="md" maw={960} data-testid="cases-inbox" data-state={cases.loading ? 'loading' : 'ready'}>
      <Stack gap={4}>
        <Title order={2}>{t('cases.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('cases.intro')}
        </Text>
      </Stack>
      {cases.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl" data-testid="cases-empty">
          <Stack gap={6} align="center" ta="center">
            <Text fw={600}>{t('cases.emptyTitle')}</Text>
            <Text c="dimmed" size="sm" maw={520}>
              {t('cases.emptyBody')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <>
          <Group gap="sm" wrap="wrap" data-testid="cases-filters">
            <SegmentedControl
              size="xs"
              value={filter}
              onChange={(v) => setFilter(v as InboxFilter)}
              aria-label={t('cases.filterLabel')}
              data-testid="cases-filter"
              data-value={filter}
              data={INBOX_FILTERS.map((f) => ({
                value: f,
                label: (
                  <span data-testid={`cases-filter-${f}`}>
                    {t('cases.filterOption', { name: t(`cases.filter.${f}`), count: count(f) })}
                  </span>
                ),
              }))}
            />
            <Select
              size="xs"
              w={230}
              aria-label={t('cases.officeFilterLabel')}
              data-testid="cases-office-filter"
              value={office}
              onChange={(v) => setOffice(v ?? 'all')}
              allowDeselect={false}
              data={[
                { value: 'all', label: t('cases.officeAll') },
                { value: 'myOffice', label: t('cases.officeMine') },
                ...pairs.map((p) => ({
                  value: p.key,
                  label:
                    p.names.length === 1
                      ? t('cases.officeInside', { office: p.names[0] })
                      : t('cases.officePair', { a: p.names[0], b: p.names[1] }),
                })),
              ]}
            />
          </Group>
          {shown.length === 0 ? (
            <Text c="dimmed" size="sm" data-testid="cases-filtered-empty">
              {t('cases.filteredEmpty')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" style={listStyle}>
              {groupSiblings(shown).map((group) =>
                group.size > 1 ? (
                  <SiblingGroup key={group.key} size={group.size} rows={group.rows} now={now} />
                ) : (
                  <CaseRow key={group.key} item={group.rows[0]!} status={group.rows[0]!.status} now={now} />
                ),
              )}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

/** Cases about the same client, one under the other, under how many there are. */
function SiblingGroup({
  size,
  rows,
  now,
}: {
  size: number;
  rows: Array<InboxCase & { status: InboxStatus | null }>;
  now: number;
}) {
  const { t } = useTranslation();
  return (
    <li data-testid="case-group" data-size={size}>
      <Paper withBorder p="xs" radius="md" bg="var(--mantine-color-gray-0)">
        <Stack gap={6}>
          <Text size="sm" fw={600} c="dimmed" data-testid="case-group-title">
            {t('cases.siblings', { count: size })}
          </Text>
          <Stack gap={6} component="ul" style={listStyle}>
            {rows.map((r) => (
              <CaseRow key={r.doc.id} item={r} status={r.status} now={now} />
            ))}
          </Stack>
        </Stack>
      </Paper>
    </li>
  );
}
