import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseParty } from '../../../shared/cases/detectedCase';
import { formatDay } from '../../format/dates';
import { useUi } from '../../state/uiStore';

/** One side of a case: the client as that manager entered it, who and where they are, since when. */
export function PartyCard({
  title,
  party,
  viewer,
  testId,
}: {
  title: string;
  party: CaseParty;
  viewer: { userId: string; officeId: string };
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const isMe = party.managerId === viewer.userId;
  const myOffice = party.officeId === viewer.officeId;
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      data-testid={testId}
      data-mine={isMe}
      style={isMe ? { borderColor: 'var(--mantine-color-indigo-4)' } : undefined}
    >
      <Stack gap="xs">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {title}
        </Text>
        <Text fw={700} size="lg" data-testid={`${testId}-client`}>
          {party.clientLabel}
        </Text>
        <Group gap={6}>
          <Text size="sm" data-testid={`${testId}-manager`}>
            {party.managerName}
          </Text>
          {isMe && (
            <Badge size="xs" variant="light" color="indigo">
              {t('cases.you')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" data-testid={`${testId}-office`}>
          {party.officeName}
        </Text>
        <Text size="sm" c="dimmed">
          {t('cases.since', { date: formatDay(party.since, i18n.language) })}
        </Text>
        {myOffice ? (
          <Button
            variant={isMe ? 'filled' : 'light'}
            size="compact-md"
            w="fit-content"
            mt={4}
            onClick={() => navigate({ name: 'client', id: party.clientId })}
            data-testid={`${testId}-open`}
          >
            {isMe ? t('cases.openMine') : t('cases.openOffice')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed" fs="italic" data-testid={`${testId}-not-shared`}>
            {t('cases.notShared', { office: party.officeName })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
