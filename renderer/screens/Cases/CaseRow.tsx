import { Badge, Box, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseParty } from '../../../shared/cases/detectedCase';
import { formatDateTime } from '../../format/dates';
import type { Translate } from '../../i18n/translator';
import { routePath } from '../../state/routes';
import { useUi } from '../../state/uiStore';
import { PHASE_COLORS } from '../../widgets/CaseNegotiation/CaseStatusCard';
import { formatTimeLeft } from '../../widgets/CaseNegotiation/timeLeft';
import { sides } from './caseView';
import type { InboxStatus, WaitsFor } from './inboxStatus';
import { MatchedKeys } from './MatchedKeys';
import type { InboxCase } from './useCases';

/** One case in the inbox: both clients, where it stands, the next step, who must act and by when. */
export function CaseRow({ item, status, now }: { item: InboxCase; status: InboxStatus | null; now: number }) {
  const navigate = useUi((s) => s.navigate);
  const { doc, unseen } = item;
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
        data-phase={status?.phase}
        data-next={status?.nextStep}
      >
        <Paper
          withBorder
          p="sm"
          radius="md"
          style={unseen ? { borderLeft: '4px solid var(--mantine-color-orange-6)' } : undefined}
        >
          {doc.kind === 'company' || !status ? (
            <CompanyRowBody item={item} />
          ) : (
            <PersonRowBody item={item} status={status} now={now} />
          )}
        </Paper>
      </UnstyledButton>
    </Box>
  );
}

function PersonRowBody({ item, status, now }: { item: InboxCase; status: InboxStatus; now: number }) {
  const { t, i18n } = useTranslation();
  const profile = useUi((s) => s.profile);
  const { doc, unseen } = item;
  const viewer = { userId: profile?.userId ?? '', officeId: profile?.officeId ?? '' };
  // My side's client first, then the other's: both records the case is about.
  const pair = sides(doc, viewer) ?? { mine: doc.owner, other: doc.newcomer };
  const testIdOf = (party: CaseParty) => (party === doc.owner ? 'case-row-owner-client' : 'case-row-newcomer-client');
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Text fw={unseen ? 700 : 500} size="md" truncate data-testid="case-row-client">
            <span data-testid={testIdOf(pair.mine)}>{pair.mine.clientLabel}</span>
            {' ↔ '}
            <span data-testid={testIdOf(pair.other)}>{pair.other.clientLabel}</span>
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
              {t(status.attention === 'yourMove' ? 'resolution.inboxYourMove' : 'resolution.inboxNeedsDecision')}
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
      <Group gap="lg" wrap="wrap" style={{ rowGap: 2 }}>
        <PartyLine label={t('cases.owner')} party={doc.owner} me={viewer.userId} testId="case-row-owner" />
        <PartyLine label={t('cases.newcomer')} party={doc.newcomer} me={viewer.userId} testId="case-row-newcomer" />
      </Group>
      <Group gap="lg" wrap="wrap" style={{ rowGap: 2 }}>
        <Fact label={t('cases.nextLabel')} testId="case-row-next">
          {t(`cases.next.${status.nextStep}`)}
        </Fact>
        {status.waitsFor && (
          <Fact label={t('cases.waitsLabel')} testId="case-row-waits" data={status.waitsFor.who}>
            {waitsText(t, status.waitsFor)}
          </Fact>
        )}
        {status.deadline && (
          <Fact label={t('cases.deadlineLabel')} testId="case-row-deadline">
            {t('cases.deadlineLeft', { left: formatTimeLeft(status.deadline.at - now, i18n.language) })}
            {status.deadline.ruleHours !== null &&
              ` (${t(status.deadline.ruleNumber !== null ? 'cases.deadlineClock' : 'cases.deadlineClockNoRule', {
                hours: status.deadline.ruleHours,
                rule: status.deadline.ruleNumber,
              })})`}
          </Fact>
        )}
      </Group>
      {status.siblingNews && (
        <Text size="sm" c="dimmed" data-testid="case-row-sibling-news">
          {t('cases.siblingNews', {
            client: status.siblingNews.clientLabel,
            other: status.siblingNews.otherClientLabel,
            keeper: status.siblingNews.keeperName,
          })}
        </Text>
      )}
    </Stack>
  );
}

function waitsText(t: Translate, waits: WaitsFor): string {
  switch (waits.who) {
    case 'you':
      return t('cases.waits.you');
    case 'youOrOther':
      return t('cases.waits.youOrOther', { name: waits.name });
    case 'manager':
      return t('cases.waits.manager', { name: waits.name, office: waits.office });
    case 'managers':
      return t('cases.waits.managers');
    case 'lead':
      return t('cases.waits.lead');
  }
}

function Fact({
  label,
  testId,
  data,
  children,
}: {
  label: string;
  testId: string;
  data?: string;
  children: React.ReactNode;
}) {
  return (
    <Text size="sm" data-testid={testId} data-value={data}>
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
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
