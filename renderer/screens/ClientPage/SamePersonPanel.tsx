import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import type { SamePersonCandidate } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { routePath } from '../../state/routes';
import { announceSamePerson } from './samePersonResult';

/**
 * "Possibly the same person": this manager's other records sharing a phone or e-mail, or a similar
 * name. Never merged by itself: linking keeps both as they are, merging folds the other into this one.
 */
export function SamePersonPanel({ client }: { client: ClientDoc }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [candidates, setCandidates] = useState<SamePersonCandidate[]>([]);
  useEffect(() => {
    let live = true;
    void core.samePersonCandidates(client.id).then((found) => live && setCandidates(found));
    return () => {
      live = false;
    };
  }, [core, client.id, client.updatedAt]);
  if (!candidates.length) return null;

  const link = async (other: SamePersonCandidate) =>
    announceSamePerson(
      await core.linkSamePerson(client.id, other.client.id),
      i18n,
      t('samePerson.linked', { name: other.client.fullName }),
    );
  const merge = async (other: SamePersonCandidate) =>
    announceSamePerson(
      await core.mergeSamePerson(client.id, other.client.id),
      i18n,
      t('samePerson.merged', { name: other.client.fullName }),
    );

  return (
    <Paper withBorder p="lg" data-testid="same-person">
      <Stack gap="sm">
        <Text fw={600}>{t('samePerson.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('samePerson.hint')}
        </Text>
        {candidates.map((c) => (
          <Group
            key={c.client.id}
            justify="space-between"
            wrap="nowrap"
            data-testid="same-person-candidate"
            data-client-id={c.client.id}
          >
            <Stack gap={0} miw={0}>
              <Anchor href={`#${routePath({ name: 'client', id: c.client.id })}`} truncate>
                {c.client.fullName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(`samePerson.reason.${c.reason}`, { display: c.display })}
              </Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              {c.linked ? (
                <Badge variant="light" data-testid="same-person-linked">
                  {t('samePerson.linkedBadge')}
                </Badge>
              ) : (
                <Button size="compact-xs" variant="light" onClick={() => void link(c)} data-testid="same-person-link">
                  {t('samePerson.link')}
                </Button>
              )}
              <Button size="compact-xs" onClick={() => void merge(c)} data-testid="same-person-merge">
                {t('samePerson.merge')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
