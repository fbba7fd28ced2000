import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceSide } from '../../../shared/sync';
import { formatDateTime, formatDay } from '../../format/dates';
import { formatMoney } from '../../format/money';
import { firstActivityId } from './localEvidence';

interface EvidenceColumnProps {
  title: string;
  side: EvidenceSide | null;
  /** This side contacted the client first: its earliest activity is highlighted. */
  firstContact: boolean;
  testId: string;
}

/**
 * One manager's work with the client: what they did and when, and their deals — or, for the other
 * side as a party sees it, only the kind, date and author of each step (the endpoint sends no more).
 */
export function EvidenceColumn({ title, side, firstContact, testId }: EvidenceColumnProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const first = side && firstContact ? firstActivityId(side) : null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={testId}
      data-first-contact={firstContact}
      style={firstContact ? { borderColor: 'var(--mantine-color-teal-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {title}
          </Text>
          <Group gap={4}>
            {side?.sharedNotes && (
              <Badge color="gray" variant="light" data-testid={`${testId}-notes-shared`}>
                {t('evidence.notesShared')}
              </Badge>
            )}
            {firstContact && (
              <Badge color="teal" variant="light" data-testid={`${testId}-first-contact`}>
                {t('evidence.firstContact')}
              </Badge>
            )}
          </Group>
        </Group>
        {!side ? (
          <Text size="sm" c="dimmed" fs="italic" data-testid={`${testId}-unavailable`}>
            {t('evidence.otherSide')}
          </Text>
        ) : (
          <>
            <Stack gap={0}>
              <Text fw={600}>{side.managerName}</Text>
              <Text size="sm" c="dimmed">
                {side.officeName} · {side.clientLabel}
              </Text>
              <Text size="xs" c="dimmed">
                {t('evidence.since', { date: formatDay(side.since, language) })}
                {side.lastActivityAt !== null &&
                  ` · ${t('evidence.lastActivity', { date: formatDay(side.lastActivityAt, language) })}`}
              </Text>
            </Stack>
            {side.detail === 'withheld' ? (
              <Text size="sm" c="dimmed" fs="italic" data-testid={`${testId}-withheld`}>
                {t('evidence.withheld')}
              </Text>
            ) : (
              <>
                {side.detail === 'outline' && (
                  <Text size="xs" c="dimmed" fs="italic" data-testid={`${testId}-outline`}>
                    {t(side.sharedNotes ? 'evidence.outlineShared' : 'evidence.outline')}
                  </Text>
                )}
                <Text size="sm" fw={600}>
                  {t('evidence.activities')}
                </Text>
                {side.activities.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('evidence.noActivities')}
                  </Text>
                ) : (
                  <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {side.activities.map((a) => (
                      <Paper
                        key={a.id}
                        component="li"
                        withBorder
                        p="xs"
                        radius="sm"
                        bg={a.id === first ? 'teal.0' : 'gray.0'}
                        data-testid="evidence-activity"
                        data-type={a.type}
                        data-first={a.id === first}
                      >
                        <Group justify="space-between" gap="xs" wrap="nowrap">
                          <Group gap={6}>
                            <Badge size="sm" variant="light">
                              {t(`activity.type_${a.type}`)}
                            </Badge>
                            {a.id === first && (
                              <Badge size="sm" color="teal" variant="filled">
                                {t('evidence.firstContact')}
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed" ta="right">
                            {formatDateTime(a.at, language)} · {t('evidence.by', { author: a.authorName })}
                          </Text>
                        </Group>
                        {a.deal && (
                          <Text size="sm" mt={4}>
                            {t('evidence.dealLine', {
                              title: a.deal.title,
                              status: t(`deals.status_${a.deal.status}`),
                              amount: formatMoney(a.deal.amountMinor, a.deal.currency, language),
                            })}
                          </Text>
                        )}
                        {a.dealStatus && (
                          <Text size="sm" mt={4}>
                            {t('evidence.dealStatusLine', { status: t(`deals.status_${a.dealStatus}`) })}
                          </Text>
                        )}
                        {a.note && (
                          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            {a.note}
                          </Text>
                        )}
                        {side.detail === 'outline' && (a.note === undefined || a.dealStatus) && (
                          <Text size="xs" c="dimmed" mt={4} data-testid="evidence-details-hidden">
                            {t('evidence.detailsHidden')}
                          </Text>
                        )}
                      </Paper>
                    ))}
                  </Stack>
                )}
                {side.detail === 'full' && (
                  <>
                    <Text size="sm" fw={600}>
                      {t('evidence.deals')}
                    </Text>
                    {side.deals.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('evidence.noDeals')}
                      </Text>
                    ) : (
                      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {side.deals.map((d) => (
                          <Text
                            key={d.dealId}
                            component="li"
                            size="sm"
                            data-testid="evidence-deal"
                            data-status={d.status}
                          >
                            {t('evidence.dealLine', {
                              title: d.title,
                              status: t(`deals.status_${d.status}`),
                              amount: formatMoney(d.amountMinor, d.currency, language),
                            })}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </>
                )}
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
