import { Button, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/office/resolution/types';
import { REASON_MAX, type Terms } from '../../../shared/workflow';
import { useCore } from '../../core/CoreContext';
import type { DisputableDeal } from '../TermsForm/disputableDeals';
import { draftFromOutcome, draftFromTerms } from '../TermsForm/termsDraft';
import { sideNames } from '../TermsForm/termsSentence';
import { TermsText } from '../TermsForm/TermsText';
import { ConfirmDialog } from './ConfirmDialog';
import type { LeadsOwed } from './leadsOwed';
import type { RecommendationInfo } from './recommendationText';
import { TermsDialog } from './TermsDialog';
import { useStepRunner } from './useStepRunner';
import { actionLayout, visibleActions, type ActionName } from './visibleActions';
import { workflowReasonText } from './workflowReasonText';

interface CaseActionsProps {
  view: CaseView;
  role: 'manager' | 'lead' | 'admin';
  owed: LeadsOwed | null;
  recommendation: RecommendationInfo | null;
  /** The deals on the case's two clients that terms may name; null while they load. */
  deals: DisputableDeal[] | null;
}

/** The steps this user may take now, each refused one with the workflow's reason beside it. */
export function CaseActions({ view, role, owed, recommendation, deals }: CaseActionsProps) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [open, setOpen] = useState<ActionName | null>(null);
  /** A lead's decision waits here for its confirmation: it is final for both managers. */
  const [decision, setDecision] = useState<Terms | null>(null);
  const names = sideNames(view.caseDoc);
  const other = view.mySide ? names[view.mySide === 'owner' ? 'newcomer' : 'owner'] : '';
  const creditor = owed ? names[owed.creditor] : '';
  const run = useStepRunner({ other, creditor });
  const caseId = view.caseDoc.id;
  const current = view.state.currentProposal;
  const actions = visibleActions(view, role, owed);
  if (actions.length === 0) return null;
  const layout = actionLayout(actions, view.allowed);

  // The terms on the table are a fair start; their note is the other person's words, never this author's.
  const startDraft = {
    ...(current ? draftFromTerms(current.terms) : draftFromOutcome(recommendation?.outcome ?? null)),
    note: '',
  };
  const close = () => setOpen(null);
  const termsStep = (action: 'propose' | 'counter' | 'decide', submit: (terms: Terms) => Promise<string | null>) => (
    <TermsDialog
      deals={deals}
      title={t(`resolution.dialog.${action}`, { other })}
      hint={
        action === 'counter'
          ? t('resolution.counterHint', { other })
          : action === 'decide'
            ? t('resolution.decideHint')
            : null
      }
      names={names}
      initial={startDraft}
      submitLabel={t(`resolution.submit.${action}`)}
      onClose={close}
      onSubmit={submit}
    />
  );

  return (
    <Stack gap="xs" data-testid="case-actions">
      <Text fw={600} size="sm">
        {t('resolution.actionsTitle')}
      </Text>
      {layout.waiting.map((reason) => (
        <Text key={reason} size="sm" c="dimmed" data-testid="case-actions-waiting">
          {workflowReasonText(i18n, reason)}
        </Text>
      ))}
      <Group gap="md" align="flex-start">
        {layout.buttons.map(({ action, reason }) => (
          <ActionButton
            key={action}
            action={action}
            allowed={view.allowed[action].ok}
            reason={reason === null ? null : workflowReasonText(i18n, reason)}
            onClick={() => setOpen(action)}
          />
        ))}
      </Group>
      {open === 'propose' && termsStep('propose', (terms) => run('propose', () => core.propose(caseId, terms)))}
      {open === 'counter' && termsStep('counter', (terms) => run('counter', () => core.counter(caseId, terms)))}
      {open === 'decide' &&
        termsStep('decide', async (terms) => {
          setDecision(terms);
          return null;
        })}
      {decision && (
        <ConfirmDialog
          title={t('resolution.dialog.confirmDecision')}
          confirmLabel={t('resolution.decisionConfirm')}
          onClose={() => setDecision(null)}
          onConfirm={() => run('decide', () => core.decide(caseId, decision))}
        >
          <TermsText terms={decision} names={names} testId="decision-terms" />
          <Text size="sm" c="dimmed">
            {t('resolution.decisionBody')}
          </Text>
        </ConfirmDialog>
      )}
      {open === 'accept' && current && (
        <ConfirmDialog
          title={t('resolution.dialog.accept', { other })}
          confirmLabel={t('resolution.acceptConfirm')}
          onClose={close}
          onConfirm={() => run('accept', () => core.accept(caseId, current.id))}
        >
          <TermsText terms={current.terms} names={names} testId="accept-terms" />
          <Text size="sm" c="dimmed">
            {t('resolution.acceptBody')}
          </Text>
        </ConfirmDialog>
      )}
      {open === 'escalate' && (
        <ConfirmDialog
          title={t('resolution.dialog.escalate')}
          confirmLabel={t('resolution.escalateConfirm')}
          text={{
            label: t('resolution.escalateReason'),
            placeholder: t('resolution.escalatePlaceholder'),
            max: REASON_MAX,
            requiredMessage: t('resolution.reasonRequired'),
            tooLongMessage: t('resolution.reasonTooLong', { max: REASON_MAX }),
          }}
          onClose={close}
          onConfirm={(reason) => run('escalate', () => core.escalate(caseId, reason))}
        />
      )}
      {open === 'leadHandover' && (
        <ConfirmDialog
          title={t('resolution.dialog.leadHandover', { creditor })}
          confirmLabel={t('resolution.handoverConfirm')}
          text={{
            label: t('resolution.handoverNote'),
            placeholder: t('resolution.handoverPlaceholder'),
            max: REASON_MAX,
            requiredMessage: t('resolution.refusal.handoverNote'),
            tooLongMessage: t('resolution.reasonTooLong', { max: REASON_MAX }),
          }}
          onClose={close}
          onConfirm={(note) => run('leadHandover', () => core.recordLeadHandover(caseId, note))}
        />
      )}
    </Stack>
  );
}

function ActionButton({
  action,
  allowed,
  reason,
  onClick,
}: {
  action: ActionName;
  allowed: boolean;
  /** Why it is refused, when this button is the one to say it. */
  reason: string | null;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const primary = action === 'accept' || action === 'decide';
  return (
    <Stack gap={4} maw={260}>
      <Button
        variant={primary ? 'filled' : action === 'escalate' ? 'light' : 'outline'}
        color={action === 'escalate' ? 'orange' : undefined}
        disabled={!allowed}
        aria-describedby={reason === null ? undefined : reasonId}
        onClick={onClick}
        data-testid={`case-action-${action}`}
      >
        {t(`resolution.action.${action}`)}
      </Button>
      {reason !== null && (
        <Text id={reasonId} size="xs" c="dimmed" data-testid={`case-action-${action}-why`}>
          {reason}
        </Text>
      )}
    </Stack>
  );
}
