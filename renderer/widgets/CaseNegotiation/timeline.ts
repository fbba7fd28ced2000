// The case's audit trail as people read it: every step anyone wrote (applied, waiting to sync, or
// refused with the reason), plus what happened by itself: the regulations settling the case or
// sending it to a lead, and the deadline escalating it.
import type { CaseEventDoc } from '../../../shared/db';
import type { CaseView } from '../../../shared/office/resolution/types';
import { compareEvents, sideOf, termsFromDoc, type Side, type Terms } from '../../../shared/workflow';
import type { Translator } from '../../i18n/translator';
import { formatDateTime } from '../../format/dates';
import { genderContext } from '../../i18n/nameFormatters';
import { rulingText } from './recommendationText';
import { workflowReasonText } from './workflowReasonText';

export interface TimelineEntry {
  id: string;
  at: number;
  /** The stored step's type, or what happened without anyone writing a step. */
  kind: CaseEventDoc['type'] | 'siblingInformed' | 'deadlinePassed' | 'ruled' | 'sentToLeads';
  /** Who wrote the step; '' for the deadline, which nobody writes. */
  authorName: string;
  authorRole: CaseEventDoc['by']['role'] | null;
  side: Side | null;
  /** The terms proposed, countered or decided; for an accept, the terms accepted. */
  terms: Terms | null;
  /** accept: who had proposed the accepted terms. */
  proposerName: string | null;
  /** escalate: the reason; leadHandover: the note. */
  text: string;
  deadline: number | null;
  /** Written here, not yet accepted by the agency server. */
  pending: boolean;
  /** Why the workflow refused the step (it changed nothing), or null. */
  refused: string | null;
  /** siblingSettled / siblingInformed: the client the sibling case shares, and who keeps it now. */
  sibling?: { clientLabel: string; otherClientLabel: string; keeperName: string };
}

export function timelineEntries(
  view: Pick<CaseView, 'caseDoc' | 'events' | 'state' | 'pendingEventIds'>,
): TimelineEntry[] {
  const pending = new Set(view.pendingEventIds);
  const refused = new Map(view.state.rejected.map((r) => [r.event.id, r.reason]));
  const byId = new Map(view.events.map((e) => [e.id, e]));
  const entries: TimelineEntry[] = view.events.map((e) => {
    const accepted = e.type === 'accept' && e.proposalId ? byId.get(e.proposalId) : undefined;
    const termsDoc = e.type === 'accept' ? accepted?.terms : e.terms;
    return {
      id: e.id,
      at: e.at,
      kind: e.type === 'siblingSettled' && e.sibling?.effect === 'informs' ? 'siblingInformed' : e.type,
      authorName: e.by.name,
      authorRole: e.by.role,
      side: sideOf(view.caseDoc, e.by.userId),
      terms: termsDoc ? termsFromDoc(termsDoc) : null,
      proposerName: accepted ? accepted.by.name : null,
      text: e.reason ?? '',
      deadline: e.deadline ?? null,
      pending: pending.has(e.id),
      refused: refused.get(e.id) ?? null,
      ...(e.sibling
        ? {
            sibling: {
              clientLabel: e.sibling.clientLabel,
              otherClientLabel: e.sibling.otherClientLabel,
              keeperName: e.sibling.keeperName,
            },
          }
        : {}),
    };
  });
  const nobody = {
    authorName: '',
    authorRole: null,
    side: null,
    terms: null,
    proposerName: null,
    text: '',
    deadline: null,
    pending: false,
    refused: null,
  };
  const { history, ruled, escalation } = view.state;
  for (const h of history)
    if (h.type === 'deadlinePassed') entries.push({ ...nobody, id: h.id, at: h.at, kind: 'deadlinePassed' });
  if (ruled) entries.push({ ...nobody, id: ruled.eventId, at: ruled.at, kind: 'ruled', terms: ruled.terms });
  if (escalation && escalation.by === null && !history.some((h) => h.type === 'deadlinePassed')) {
    entries.push({
      ...nobody,
      id: `${view.caseDoc.id}:toLeads`,
      at: escalation.at,
      kind: 'sentToLeads',
      text: escalation.reason,
    });
  }
  return entries.sort(compareEvents);
}

/** "Masha Petrova countered", "Anna Lead (lead) decided the case", … */
export function entryTitle(i18n: Translator, entry: TimelineEntry): string {
  const params = {
    name: entry.authorName,
    role: entry.authorRole ? i18n.t(`resolution.role.${entry.authorRole}`) : '',
    proposer: entry.proposerName ?? '—',
    when: entry.deadline !== null ? formatDateTime(entry.deadline, i18n.language) : '',
    context: entry.authorName ? genderContext(entry.authorName) : undefined,
    client: entry.sibling?.clientLabel ?? '',
    other: entry.sibling?.otherClientLabel ?? '',
    keeper: entry.sibling?.keeperName ?? '',
  };
  return i18n.t(`resolution.timeline.${entry.kind}`, params);
}

/**
 * What the regulations settled, in the UI language: the endpoint's English explanation (kept as
 * the escalation reason or the ruled terms' note) is put in words from the recommendation here.
 */
export function entryInWords(
  i18n: Translator,
  entry: TimelineEntry,
  recommendation: CaseView['caseDoc']['recommendation'],
): Pick<TimelineEntry, 'text' | 'terms'> {
  if (entry.kind === 'sentToLeads') return { text: rulingText(i18n, recommendation, entry.text), terms: entry.terms };
  if (entry.kind === 'ruled' && entry.terms?.note)
    return { text: entry.text, terms: { ...entry.terms, note: rulingText(i18n, recommendation, entry.terms.note) } };
  return { text: entry.text, terms: entry.terms };
}

/** The refusal in the UI language (the workflow gives English). */
export function entryRefusal(i18n: Translator, entry: TimelineEntry): string | null {
  return entry.refused === null
    ? null
    : i18n.t('resolution.timeline.refused', { reason: workflowReasonText(i18n, entry.refused) });
}
