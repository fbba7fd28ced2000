import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealView } from '../../../shared/office/resolution/types';
import { formatDateTime } from '../../format/dates';
import { routePath } from '../../state/routes';
import { splitText } from './dealText';
import { formatMoney } from '../../format/money';
import { formatTravel } from './travelDates';

export const STATUS_COLORS = {
  inquiry: 'gray',
  quoted: 'orange',
  booked: 'blue',
  paid: 'teal',
  cancelled: 'red',
} as const;

/** One deal: what, when, for how much, whose, split with whom, and who changed it when. */
export function DealCard({ deal, onChange }: { deal: DealView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const [history, setHistory] = useState(false);
  const d = deal.current;
  const language = i18n.language;
  const travel = formatTravel(d.travelStart, d.travelEnd, language, {
    from: (date) => t('deals.fromDate', { date }),
    until: (date) => t('deals.untilDate', { date }),
  });
  const split = splitText(i18n, deal.split);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="li"
      data-testid="deal-item"
      data-deal-id={deal.dealId}
      data-status={d.status}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} miw={0}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="deal-item-title">
              {d.title}
            </Text>
            <Text size="sm" c="dimmed">
              {travel ?? t('deals.noDates')}
            </Text>
          </Stack>
          <Badge
            color={STATUS_COLORS[d.status]}
            variant="light"
            style={{ flexShrink: 0 }}
            data-testid="deal-item-status"
          >
            {t(`deals.status_${d.status}`)}
          </Badge>
        </Group>
        <Group gap="lg" wrap="wrap">
          <Fact label={t('deals.amount')}>
            <span data-testid="deal-item-amount">{formatMoney(d.amountMinor, d.currency, language)}</span>
          </Fact>
          <Fact label={t('deals.margin')}>
            <span data-testid="deal-item-margin">{formatMoney(d.marginMinor, d.currency, language)}</span>
          </Fact>
          <Fact label={t('deals.manager')}>{d.managerName}</Fact>
        </Group>
        {split && deal.split && (
          <Text size="sm" data-testid="deal-item-split">
            {split}{' '}
            <Anchor href={`#${routePath({ name: 'case', id: deal.split.caseId })}`} size="sm">
              {t('deals.openCase')}
            </Anchor>
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          {deal.editions.length > 1 ? (
            <UnstyledButton
              onClick={() => setHistory((v) => !v)}
              aria-expanded={history}
              data-testid="deal-item-history-toggle"
            >
              <Text size="xs" c="blue">
                {t('deals.history', { count: deal.editions.length })}
              </Text>
            </UnstyledButton>
          ) : (
            <span />
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={onChange}
            aria-label={t('deals.changeLabel', { title: d.title })}
            data-testid="deal-item-change"
          >
            {t('deals.change')}
          </Button>
        </Group>
        <Collapse expanded={history}>
          <Stack gap={2}>
            {[...deal.editions].reverse().map((e) => (
              <Text key={e.activityId} size="xs" c="dimmed">
                {t('deals.historyLine', {
                  when: formatDateTime(e.at, language),
                  author: e.authorName,
                  status: t(`deals.status_${e.edition.status}`),
                  amount: formatMoney(e.edition.amountMinor, e.edition.currency, language),
                })}
              </Text>
            ))}
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}

/** "Label: value", the label dimmed. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
