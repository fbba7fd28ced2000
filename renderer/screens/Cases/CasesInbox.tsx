import { Badge, Box, Center, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseParty } from '../../../shared/cases/detectedCase';
import { formatDateTime } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { routePath } from '../../state/routes';
import { useUi } from '../../state/uiStore';
import { PHASE_COLORS } from '../../widgets/CaseNegotiation/CaseStatusCard';
import { caseLabel } from './caseView';
import { inboxStatus } from './inboxStatus';
import { MatchedKeys } from './MatchedKeys';
import { useInboxCases, type InboxCase } from './useCases';

/** The cases inbox: duplicate cases of me or my office, newest first, unseen ones bold, each with where it stands and whether it waits for me. */
export function CasesInbox() {
  const { t } = useTranslation();
  const cases = useInboxCases();
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
      ) : cases.value.length === 0 ? (
        <Paper withBorder p="xl" data-testid="cases-empty">
          <Stack gap={6} align="center" ta="center">
            <Text fw={600}>{t('cases.emptyTitle')}</Text>
            <Text c="dimmed" size="sm" maw={520}>
              {t('cases.emptyBody')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {cases.value.map((c) => (
            <CaseRow key={c.doc.id} item={c} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A company notice's row: the company and who works with it, no phase (nothing is resolved on it). */
function CompanyRowBody({ item }: { item: InboxCase }) {
  const { t } = useTranslation();
  const { doc, unseen } = item;
  const company = doc.company;
  return (
    <Stack gap={8}>
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Badge color="blue" variant="light" size="sm" data-testid="case-row-company">
          {t('cases.companyBadge')}
        </Badge>
        <Text fw={unseen ? 700 : 500} size="md" truncate data-testid="case-row-client">
          {t('cases.companyRow', { domain: company?.domain ?? doc.matched[0]?.display ?? '' })}
        </Text>
        {unseen && (
          <Badge color="orange" variant="light" size="sm" data-testid="case-row-unseen">
            {t('cases.unseen')}
          </Badge>
        )}
      </Group>
      <Text size="sm" data-testid="case-row-newcomer">
        <Text span c="dimmed" size="sm">
          {t('cases.newcomer')}:{' '}
        </Text>
        {doc.newcomer.clientLabel} —{' '}
        {t('cases.partyLine', { manager: doc.newcomer.managerName, office: doc.newcomer.officeName })}
      </Text>
      <Text size="sm" data-testid="case-row-company-managers">
        <Text span c="dimmed" size="sm">
          {t('cases.companyManagers')}:{' '}
        </Text>
        {(company?.managers ?? [])
          .map((m) => t('cases.companyManager', { count: m.clients, name: m.managerName, office: m.officeName }))
          .join('; ')}
      </Text>
    </Stack>
  );
}

function CaseRow({ item }: { item: InboxCase }) {
  const { t, i18n } = useTranslation();
  const profile = useUi((s) => s.profile);
  const navigate = useUi((s) => s.navigate);
  const now = useNow();
  const { doc, unseen } = item;
  const viewer = { userId: profile?.userId ?? '', officeId: profile?.officeId ?? '' };
  const status = inboxStatus(doc, item.events, { ...viewer, role: profile?.role ?? 'manager' }, now);
  return (
    <Box component="li">
      <UnstyledButton
        component="a"
        href={`#${routePath({ name: 'case', id: doc.id })}`}
        onClick={(event) => {
          event.preventDefault();
          navigate({ name: 'case', id: doc.id });
        }}
        w="100%"
        data-testid="case-row"
        data-case-id={doc.id}
        data-unseen={unseen}
        data-kind={doc.kind ?? 'person'}
      >
        <Paper
          withBorder
          p="md"
          radius="md"
          style={unseen ? { borderLeft: '4px solid var(--mantine-color-orange-6)' } : undefined}
        >
          {doc.kind === 'company' ? (
            <CompanyRowBody item={item} />
          ) : (
            <Stack gap={8}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Group gap="xs" wrap="nowrap" miw={0}>
                  <Text fw={unseen ? 700 : 500} size="md" truncate data-testid="case-row-client">
                    {caseLabel(doc, viewer)}
                  </Text>
                  {unseen && (
                    <Badge color="orange" variant="light" size="sm" data-testid="case-row-unseen">
                      {t('cases.unseen')}
                    </Badge>
                  )}
                  <Badge
                    color={PHASE_COLORS[status.phase]}
                    variant="outline"
                    size="sm"
                    data-testid="case-row-phase"
                    data-phase={status.phase}
                  >
                    {t(`resolution.phase.${status.phase}`)}
                  </Badge>
                  {status.attention && (
                    <Badge
                      color="red"
                      variant="filled"
                      size="sm"
                      data-testid="case-row-attention"
                      data-attention={status.attention}
                    >
                      {t(
                        status.attention === 'yourMove' ? 'resolution.inboxYourMove' : 'resolution.inboxNeedsDecision',
                      )}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" ta="right" style={{ flexShrink: 0 }} data-testid="case-row-detected">
                  {t('cases.detected', {
                    when: formatDateTime(doc.detectedAt, i18n.language),
                    where: t(`cases.where_${doc.detectedWhere}`),
                  })}
                </Text>
              </Group>
              <MatchedKeys matched={doc.matched} />
              <Group gap="xl" wrap="wrap">
                <PartyLine label={t('cases.owner')} party={doc.owner} me={viewer.userId} testId="case-row-owner" />
                <PartyLine
                  label={t('cases.newcomer')}
                  party={doc.newcomer}
                  me={viewer.userId}
                  testId="case-row-newcomer"
                />
              </Group>
            </Stack>
          )}
        </Paper>
      </UnstyledButton>
    </Box>
  );
}

function PartyLine({ label, party, me, testId }: { label: string; party: CaseParty; me: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" data-testid={testId}>
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {t('cases.partyLine', { manager: party.managerName, office: party.officeName })}
      {party.managerId === me && (
        <Badge ml={6} size="xs" variant="light" color="indigo">
          {t('cases.you')}
        </Badge>
      )}
    </Text>
  );
}
