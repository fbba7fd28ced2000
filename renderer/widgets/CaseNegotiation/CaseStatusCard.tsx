import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/office/resolution/types';
import { termsInForce } from '../../../shared/workflow';
import { formatDateTime } from '../../format/dates';
import { sideNames } from '../TermsForm/termsSentence';
import { TermsText } from '../TermsForm/TermsText';
import { InfoIcon } from '../Icons/Icons';
import type { DisputableDeal } from '../TermsForm/disputableDeals';
import { CaseActions } from './CaseActions';
import type { StatusText } from './caseStatusText';
import { leadsOwed } from './leadsOwed';
import { rulingText, type RecommendationInfo } from './recommendationText';

export const PHASE_COLORS = {
  open: 'gray',
  negotiating: 'blue',
  agreed: 'teal',
  escalated: 'orange',
  decided: 'grape',
  ruled: 'cyan',
} as const;

/**
 * Where the case stands, what happens next, the terms on the table (or the final ones), and what
 * this user can do about it. `view.state` already has a passed deadline applied. The deadline is
 * shown with the recommendation that set it, here only when there is none.
 */
export function CaseStatusCard({
  view,
  status,
  role,
  recommendation,
  deals = null,
}: {
  view: CaseView;
  status: StatusText;
  role: 'manager' | 'lead' | 'admin';
  recommendation: RecommendationInfo | null;
  /** The deals on the case's two clients that terms may name; null while they load. */
  deals?: DisputableDeal[] | null;
}) {
  const { t, i18n } = useTranslation();
  const { state } = view;
  const names = sideNames(view.caseDoc);
  const inForce = termsInForce(state);
  const current = state.currentProposal;
  const owed = leadsOwed(view);
  return (
    <Paper withBorder p="lg" data-testid="case-status" data-phase={state.phase}>
      <Stack gap="sm">
        <Group gap="sm">
          <Text fw={600}>{t('resolution.statusTitle')}</Text>
          <Badge color={PHASE_COLORS[state.phase]} variant="light" data-testid="case-status-phase">
            {status.label}
          </Badge>
        </Group>
        <Text size="sm" data-testid="case-status-detail">
          {status.detail}
        </Text>
        {status.deadline && !recommendation && (
          <Text size="sm" c={state.phase === 'escalated' ? 'orange.8' : undefined} fw={500} data-testid="case-deadline">
            {status.deadline}
          </Text>
        )}
        {inForce ? (
          <Paper withBorder p="sm" radius="sm" bg="teal.0" data-testid="case-final" data-kind={inForce.kind}>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {t(`resolution.finalTerms_${inForce.kind}`)}
              {state.phase === 'escalated' && ` — ${t('resolution.inForceUntilDecided')}`}
            </Text>
            <TermsText
              terms={
                inForce.kind === 'rule'
                  ? { ...inForce.terms, note: rulingText(i18n, view.caseDoc.recommendation, inForce.terms.note) }
                  : inForce.terms
              }
              names={names}
              testId="case-final-terms"
            />
            {owed && (
              <Text size="sm" mt={6} data-testid="case-leads-owed">
                {t('resolution.leadsOwed', {
                  debtor: names[owed.debtor],
                  creditor: names[owed.creditor],
                  owed: owed.owed,
                  handed: owed.handedOver,
                  left: owed.left,
                })}
              </Text>
            )}
          </Paper>
        ) : (
          current && (
            <Paper withBorder p="sm" radius="sm" bg="blue.0" data-testid="case-on-table">
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t('resolution.onTable', {
                  name: names[current.side],
                  when: formatDateTime(current.at, i18n.language),
                })}
              </Text>
              <TermsText terms={current.terms} names={names} testId="case-on-table-terms" />
            </Paper>
          )
        )}
        <Alert color="blue" variant="light" icon={<InfoIcon />} p="sm" data-testid="case-next-step">
          {status.next}
        </Alert>
        <CaseActions view={view} role={role} owed={owed} recommendation={recommendation} deals={deals} />
      </Stack>
    </Paper>
  );
}
