import { Alert, Anchor, Badge, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDoc } from '../../../shared/db';
import type { CaseView } from '../../../shared/office/resolution/types';
import { withDeadline } from '../../../shared/workflow';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { formatDateTime } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { routePath } from '../../state/routes';
import { useUi } from '../../state/uiStore';
import { CaseEvidence } from '../../widgets/CaseEvidence/CaseEvidence';
import { useCaseEvidence } from '../../widgets/CaseEvidence/useCaseEvidence';
import { caseStatusText } from '../../widgets/CaseNegotiation/caseStatusText';
import { CaseStatusCard, PHASE_COLORS } from '../../widgets/CaseNegotiation/CaseStatusCard';
import { ConflictTimeline } from '../../widgets/CaseNegotiation/ConflictTimeline';
import { RecommendationCard } from '../../widgets/CaseNegotiation/RecommendationCard';
import { recommendationInfo } from '../../widgets/CaseNegotiation/recommendationText';
import { disputableDealsOf } from '../../widgets/TermsForm/disputableDeals';
import { sideNames } from '../../widgets/TermsForm/termsSentence';
import { caseLabel } from './caseView';
import { MatchedKeys } from './MatchedKeys';
import { PartyCard } from './PartyCard';
import { SiblingCases } from './SiblingCases';
import { useCaseView, type CaseViewState } from './useCaseView';

/**
 * One case: where it stands and what this user can do, what the regulations recommend, both
 * parties, the history of steps, who did the work, and how it was found. Opening it marks it seen.
 */
export function CaseDetail({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const doc = useObservable(() => core.case$(caseId), [core, caseId]);
  const view = useCaseView(caseId);
  const found = !doc.loading && doc.value !== null;

  useEffect(() => {
    if (found)
      core.markCaseSeen(caseId).catch((error: unknown) => console.error('Could not mark the case seen', error));
  }, [core, caseId, found]);

  if (doc.loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      <Anchor href={`#${routePath({ name: 'cases' })}`} size="sm" w="fit-content" data-testid="back-to-cases">
        ← {t('cases.back')}
      </Anchor>
      {doc.value ? (
        <CaseBody c={doc.value} view={view} />
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

function CaseBody({ c, view }: { c: CaseDoc; view: CaseViewState }) {
  const { t, i18n } = useTranslation();
  const profile = useUi((s) => s.profile);
  const now = useNow(30_000);
  const viewer = { userId: profile?.userId ?? '', officeId: profile?.officeId ?? '' };
  const role = profile?.role ?? 'manager';
  // A deadline that passed while the screen is open escalates the case here too, not only at the next step.
  const live: CaseView | null =
    view.status === 'ready' && view.view ? { ...view.view, state: withDeadline(view.view.state, now).state } : null;
  const recommendation = live ? recommendationInfo(live.recommendation) : null;
  const names = sideNames(c);
  const evidence = useCaseEvidence(c);
  const status = live
    ? caseStatusText(i18n, {
        state: live.state,
        parties: live.caseDoc,
        mySide: live.mySide,
        canDecide: live.allowed.decide.ok,
        events: live.events,
        now,
      })
    : null;
  return (
    <Stack gap="lg" data-testid="case-detail" data-case-id={c.id} data-phase={live?.state.phase}>
      <Group gap="sm">
        <Title order={2} data-testid="case-title">
          {t('cases.detailTitle', { client: caseLabel(c, viewer) })}
        </Title>
        {live && status && (
          <Badge
            color={PHASE_COLORS[live.state.phase]}
            variant="light"
            data-testid="case-phase"
            data-phase={live.state.phase}
          >
            {status.label}
          </Badge>
        )}
      </Group>
      {view.status === 'loading' && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {view.status === 'failed' && (
        <Alert color="red" variant="light" data-testid="case-view-failed">
          {t('resolution.loadFailed', { message: view.message })}
        </Alert>
      )}
      {c.kind === 'company' && (
        <Alert color="blue" variant="light" data-testid="case-company-notice">
          <Stack gap={4}>
            <Text size="sm">{t('cases.companyExplained')}</Text>
            {(c.company?.managers ?? []).map((m) => (
              <Text size="sm" key={m.managerId}>
                {c.company?.domain} —{' '}
                {t('cases.companyManager', { count: m.clients, name: m.managerName, office: m.officeName })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {live && status && (
        <CaseStatusCard
          view={live}
          status={status}
          role={role}
          recommendation={recommendation}
          deals={disputableDealsOf(evidence.state)}
        />
      )}
      {c.kind !== 'company' && <SiblingCases caseId={c.id} />}
      {recommendation && c.kind !== 'company' && (
        <RecommendationCard info={recommendation} names={names} deadline={status?.deadline ?? null} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <PartyCard title={t('cases.owner')} party={c.owner} viewer={viewer} testId="case-owner" />
        <PartyCard title={t('cases.newcomer')} party={c.newcomer} viewer={viewer} testId="case-newcomer" />
      </SimpleGrid>
      {live && <ConflictTimeline view={live} />}
      <CaseEvidence caseDoc={c} evidence={evidence} />
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
