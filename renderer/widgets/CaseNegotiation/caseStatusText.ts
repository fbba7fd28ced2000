// Where a case stands and what happens next, in words, for whoever is looking: one of the two
// managers, or a lead or admin who may have to decide.
import type { CaseDoc, CaseEventDoc } from '../../../shared/db';
import { sideOf, type CaseParties, type CaseState, type Side } from '../../../shared/workflow';
import type { Translator } from '../../i18n/translator';
import { formatDateTime } from '../../format/dates';
import { genderContext } from '../../i18n/nameFormatters';
import { sideNames } from '../TermsForm/termsSentence';
import { rulingText } from './recommendationText';
import { formatTimeLeft } from './timeLeft';

export interface StatusInput {
  /** With the deadline already applied for `now` (withDeadline), so a passed deadline reads as escalated. */
  state: CaseState;
  parties: CaseParties & Pick<CaseDoc, 'recommendation'>;
  mySide: Side | null;
  /** Whether this user may decide the case now. */
  canDecide: boolean;
  events: readonly CaseEventDoc[];
  now: number;
}

export interface StatusText {
  /** Short: "Negotiating". */
  label: string;
  /** What has happened: "Masha Petrova proposed terms on 12 Oct 2025, 14:00." */
  detail: string;
  /** What happens next, addressed to this user. */
  next: string;
  /** "Agree by … — 1 day, 3 hours left", "Escalated: the deadline passed …", or null without a deadline. */
  deadline: string | null;
}

export function caseStatusText(i18n: Translator, input: StatusInput): StatusText {
  const { t, language } = i18n;
  const { state, parties, mySide, now } = input;
  const names = sideNames(parties);
  const when = (at: number) => formatDateTime(at, language);
  const other = mySide ? names[mySide === 'owner' ? 'newcomer' : 'owner'] : '';
  const label = t(`resolution.phase.${state.phase}`);
  const deadline = deadlineText(i18n, state, now);

  const settledBySibling = siblingSettlement(input.events, state);
  if (settledBySibling)
    return {
      label,
      detail: t('resolution.detail.settledWithSibling', {
        client: settledBySibling.clientLabel,
        other: settledBySibling.otherClientLabel,
        when: when(settledBySibling.at),
      }),
      next: t('resolution.next.final'),
      deadline,
    };

  switch (state.phase) {
    case 'open': {
      const nothingToNegotiate = state.recommendedOutcome === 'notifyOnly';
      const next = !mySide
        ? t('resolution.next.watchLead')
        : nothingToNegotiate
          ? t('resolution.next.notifyOnly')
          : t('resolution.next.openParty', { other });
      return { label, detail: t('resolution.detail.open'), next, deadline };
    }
    case 'negotiating': {
      const p = state.currentProposal!;
      const detail = t('resolution.detail.negotiating', {
        name: names[p.side],
        when: when(p.at),
        context: genderContext(names[p.side]),
      });
      if (!mySide)
        return {
          label,
          detail,
          next: input.canDecide ? t('resolution.next.watchLeadCanDecide') : t('resolution.next.watchLead'),
          deadline,
        };
      return {
        label,
        detail,
        next: p.side === mySide ? t('resolution.next.waitOther', { other }) : t('resolution.next.answer', { other }),
        deadline,
      };
    }
    case 'escalated': {
      const e = state.escalation!;
      const byDeadline = state.history.some((h) => h.type === 'deadlinePassed');
      const detail = e.by
        ? t('resolution.detail.escalatedBy', {
            name: names[sideOf(parties, e.by.userId) ?? 'owner'],
            when: when(e.at),
            reason: e.reason,
            context: genderContext(names[sideOf(parties, e.by.userId) ?? 'owner']),
          })
        : byDeadline
          ? t('resolution.detail.escalatedDeadline', { when: when(e.at) })
          : t('resolution.detail.sentToLeads', { reason: rulingText(i18n, parties.recommendation, e.reason) });
      return {
        label,
        detail,
        next: input.canDecide ? t('resolution.next.decide') : t('resolution.next.leadsDecide'),
        deadline,
      };
    }
    case 'ruled':
      return {
        label,
        detail: t('resolution.detail.ruled', { when: when(state.ruled!.at) }),
        next: mySide ? t('resolution.next.ruled') : t('resolution.next.ruledLead'),
        deadline,
      };
    case 'agreed': {
      const a = state.agreed!;
      return {
        label,
        detail: t('resolution.detail.agreed', { owner: names.owner, newcomer: names.newcomer, when: when(a.at) }),
        next: t('resolution.next.final'),
        deadline,
      };
    }
    default: {
      // The one phase left: decided.
      const d = state.decided!;
      return {
        label,
        detail: t('resolution.detail.decided', {
          name: authorName(input.events, d.eventId),
          when: when(d.at),
          context: genderContext(authorName(input.events, d.eventId)),
        }),
        next: t('resolution.next.final'),
        deadline,
      };
    }
  }
}

/** The step by which a sibling case settled this one, with the client the two share. */
function siblingSettlement(
  events: readonly CaseEventDoc[],
  state: CaseState,
): { clientLabel: string; otherClientLabel: string; at: number } | null {
  const resolution = state.settledWith ? (state.decided ?? state.agreed) : null;
  const step = resolution ? events.find((e) => e.id === resolution.eventId) : undefined;
  return step?.sibling
    ? { clientLabel: step.sibling.clientLabel, otherClientLabel: step.sibling.otherClientLabel, at: step.at }
    : null;
}

function deadlineText(i18n: Translator, state: CaseState, now: number): string | null {
  const passedByItself =
    state.phase === 'escalated' &&
    state.escalation?.by === null &&
    state.history.some((h) => h.type === 'deadlinePassed');
  if (passedByItself)
    return i18n.t('resolution.deadline.passed', { when: formatDateTime(state.escalation!.at, i18n.language) });
  if (state.deadline === null || (state.phase !== 'open' && state.phase !== 'negotiating')) return null;
  return i18n.t('resolution.deadline.left', {
    when: formatDateTime(state.deadline, i18n.language),
    left: formatTimeLeft(state.deadline - now, i18n.language),
  });
}

/** The name the author had when they wrote the step; never empty. */
export function authorName(events: readonly CaseEventDoc[], eventId: string): string {
  return events.find((e) => e.id === eventId)?.by.name || '—';
}
