// The workflow (shared/workflow checkStep) explains a refusal in English, for the endpoint's API
// and logs alike. The app shows it in the UI language: each known reason has its words here; one
// this table does not know yet is shown as it came, rather than hidden.
import { REASON_MAX } from '../../../shared/workflow';
import type { Translator } from '../../i18n/translator';

const KNOWN: Record<string, string> = {
  'This step belongs to another case.': 'otherCase',
  'The step has no valid time.': 'noTime',
  'This step is already recorded.': 'duplicate',
  'The managers have already agreed; the case is closed.': 'agreed',
  'This case was settled together with another case about the same client; it is closed.': 'settledWithSibling',
  'The case has been decided; the decision is final.': 'decided',
  'Only the two managers of this case can negotiate.': 'partiesOnly',
  'The case has been escalated; the leads decide now.': 'escalated',
  'There is no proposal to accept.': 'noProposalToAccept',
  'These terms have been replaced by newer ones; read the current proposal first.': 'replaced',
  'You cannot accept your own proposal; the other manager has to.': 'ownAccept',
  'There is no proposal to counter; make a proposal instead.': 'noProposalToCounter',
  'You cannot counter your own proposal; make a new proposal instead.': 'ownCounter',
  'Only the two managers of this case can escalate it.': 'partiesEscalate',
  'The case is already escalated.': 'alreadyEscalated',
  'Say why you escalate the case.': 'escalateReason',
  [`The reason is too long: at most ${REASON_MAX} characters.`]: 'reasonTooLong',
  'Only a lead of an office involved in the case, or an admin, can decide it.': 'leadsOnly',
  'Only someone involved in the case can set its deadline.': 'deadlineWho',
  'The case is already escalated; a deadline no longer applies.': 'deadlineEscalated',
  'The deadline must be a valid time after the moment it is set.': 'deadlineInvalid',
  'Unknown kind of step.': 'unknownStep',
  'The regulations have settled this case; escalate it to a lead if you disagree.': 'ruled',
  'The regulations only ask to let both managers know: there is nothing to negotiate. Escalate the case if it needs a decision.':
    'notifyOnly',
  'There is no negotiation in this case, so a deadline does not apply.': 'noNegotiation',
  'Leads are handed over once the case is agreed or decided.': 'handoverTooEarly',
  'The final terms owe no leads.': 'noLeadsOwed',
  'Say which lead you handed over.': 'handoverNote',
  [`The note is too long: at most ${REASON_MAX} characters.`]: 'noteTooLong',
};

/** Reasons that carry a name or a number. */
const PATTERNS: Array<[RegExp, string, (m: RegExpExecArray) => Record<string, string>]> = [
  [/^All (\d+) leads owed have already been handed over\.$/u, 'allHandedOver', (m) => ({ count: m[1]! })],
  [/^Only (.+), who owes the leads, can record handing one over\.$/u, 'onlyDebtor', (m) => ({ name: m[1]! })],
];

const TERMS_INVALID = 'The terms are not valid:';

export function workflowReasonText(i18n: Translator, reason: string): string {
  const known = KNOWN[reason];
  if (known) return i18n.t(`resolution.refusal.${known}`, { max: REASON_MAX });
  for (const [pattern, key, params] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return i18n.t(`resolution.refusal.${key}`, params(match));
  }
  if (reason.startsWith(TERMS_INVALID) && i18n.language !== 'en') return i18n.t('resolution.refusal.termsInvalid');
  return reason;
}
