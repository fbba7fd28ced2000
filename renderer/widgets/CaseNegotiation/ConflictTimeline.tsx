import { Badge, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/office/resolution/types';
import { formatDateTime } from '../../format/dates';
import { sideNames } from '../TermsForm/termsSentence';
import { TermsText } from '../TermsForm/TermsText';
import { entryInWords, entryRefusal, entryTitle, timelineEntries, type TimelineEntry } from './timeline';

const COLORS: Record<TimelineEntry['kind'], string> = {
  propose: 'blue',
  counter: 'indigo',
  accept: 'teal',
  escalate: 'orange',
  decide: 'grape',
  deadlineSet: 'gray',
  leadHandover: 'cyan',
  siblingSettled: 'teal',
  siblingInformed: 'gray',
  deadlinePassed: 'orange',
  ruled: 'cyan',
  sentToLeads: 'orange',
};

/** The audit trail: who did what and when, the terms of each step, and what has not synced or was refused. */
export function ConflictTimeline({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const entries = timelineEntries(view);
  const names = sideNames(view.caseDoc);
  return (
    <Paper withBorder p="lg" data-testid="case-timeline">
      <Stack gap="md">
        <Text fw={600}>{t('resolution.timelineTitle')}</Text>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('resolution.timelineEmpty')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1}>
            {entries.map((entry) => {
              const refusal = entryRefusal(i18n, entry);
              const words = entryInWords(i18n, entry, view.caseDoc.recommendation);
              return (
                <Timeline.Item
                  key={entry.id}
                  color={refusal ? 'red' : COLORS[entry.kind]}
                  lineVariant={entry.pending ? 'dashed' : 'solid'}
                  data-testid="timeline-entry"
                  data-kind={entry.kind}
                  data-pending={entry.pending}
                  data-refused={refusal !== null}
                  title={
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={600} td={refusal ? 'line-through' : undefined}>
                        {entryTitle(i18n, entry)}
                      </Text>
                      {entry.pending && (
                        <Badge size="xs" color="yellow" variant="light" data-testid="timeline-pending">
                          {t('resolution.timeline.pending')}
                        </Badge>
                      )}
                    </Group>
                  }
                >
                  <Stack gap={4} mt={2}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(entry.at, i18n.language)}
                    </Text>
                    {words.terms && <TermsText terms={words.terms} names={names} />}
                    {words.text && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {t(
                          entry.kind === 'leadHandover'
                            ? 'resolution.timeline.handoverNote'
                            : 'resolution.timeline.reason',
                          { text: words.text },
                        )}
                      </Text>
                    )}
                    {refusal && (
                      <Text size="sm" c="red.8" data-testid="timeline-refused">
                        {refusal}
                      </Text>
                    )}
                  </Stack>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
