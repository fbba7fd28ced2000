import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseParty } from '../../../shared/cases/detectCases';
import type { CaseDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { formatDateTime, formatDay } from '../../format/dates';
import { routePath } from '../../state/routes';
import { useUi } from '../../state/uiStore';
import { InfoIcon } from '../Icons/Icons';
import { caseLabel, sides } from './caseView';
import { MatchedKeys } from './MatchedKeys';

/** One case: both parties side by side, what matched, when and how it was found. Opening it marks it seen. */
export function CaseDetail({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const doc = useObservable(() => core.db.cases.findOne(caseId).$, [core, caseId]);
  const found = !doc.loading && doc.value !== null;

  useEffect(() => {
    if (found) core.markCaseSeen(caseId).catch((error: unknown) => console.error('Could not mark the case seen', error));
  }, [core, caseId, found]);

  if (doc.loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <Stack gap="md" maw={960}>
      <Anchor href={`#${routePath({ name: 'cases' })}`} size="sm" w="fit-content" data-testid="back-to-cases">
        ← {t('cases.back')}
      </Anchor>
      {doc.value ? (
        <CaseBody c={doc.value.toJSON() as CaseDoc} />
      ) : (
        <Paper withBorder p="xl" data-testid="case-missing">
          <Stack gap={6}>
            <Text fw={600}>{t('cases.notFoundTitle')}</Text>
            <Text c="dimmed" size="sm">
              {t('cases.notFoundBody')}
            </Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function CaseBody({ c }: { c: CaseDoc }) {
  const { t, i18n } = useTranslation();
  const profile = useUi((s) => s.profile);
  const viewer = { userId: profile?.userId ?? '', officeId: profile?.officeId ?? '' };
  const mySides = sides(c, viewer);
  const iAmParty = c.owner.managerId === viewer.userId || c.newcomer.managerId === viewer.userId;
  return (
    <Stack gap="lg" data-testid="case-detail" data-case-id={c.id}>
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={2} data-testid="case-title">
            {t('cases.detailTitle', { client: caseLabel(c, viewer) })}
          </Title>
          <Badge color="orange" variant="light">
            {t(`cases.status_${c.status}`)}
          </Badge>
        </Group>
        {mySides && (
          <Alert color="blue" variant="light" icon={<InfoIcon />} p="sm" data-testid="case-next-step">
            {iAmParty ? t('cases.nextStep', { other: t('cases.partyLine', { manager: mySides.other.managerName, office: mySides.other.officeName }) }) : t('cases.nextStepLead')}
          </Alert>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <PartyCard title={t('cases.owner')} party={c.owner} viewer={viewer} testId="case-owner" />
        <PartyCard title={t('cases.newcomer')} party={c.newcomer} viewer={viewer} testId="case-newcomer" />
      </SimpleGrid>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Text fw={600}>{t('cases.facts')}</Text>
          <Fact label={t('cases.matchedBy')}>
            <MatchedKeys matched={c.matched} />
          </Fact>
          <Fact label={t('cases.foundAt')}>
            <Text size="sm" data-testid="case-detected-at">
              {formatDateTime(c.detectedAt, i18n.language)}
            </Text>
          </Fact>
          <Fact label={t('cases.foundWhere')}>
            <Text size="sm" data-testid="case-detected-where" data-where={c.detectedWhere}>
              {t(`cases.where_${c.detectedWhere}`)}
            </Text>
          </Fact>
        </Stack>
      </Paper>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="md" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      {children}
    </Group>
  );
}

function PartyCard({ title, party, viewer, testId }: { title: string; party: CaseParty; viewer: { userId: string; officeId: string }; testId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const isMe = party.managerId === viewer.userId;
  const myOffice = party.officeId === viewer.officeId;
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId} data-mine={isMe} style={isMe ? { borderColor: 'var(--mantine-color-indigo-4)' } : undefined}>
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
