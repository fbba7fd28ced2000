// The terms form's state, as the inputs hold it (a number input may be empty), and its way to
// shared/workflow's Terms. validateTerms stays the judge: the draft only shapes what was typed.
import {
  MAX_LATER_ORDERS,
  MAX_LEADS,
  NOTE_MAX,
  validateTerms,
  type FieldError,
  type Side,
  type Terms,
} from '../../../shared/workflow';
import type { Translator } from '../../i18n/translator';

export interface TermsDraft {
  keeper: Side | null;
  /** The owner's share of the first order; the newcomer's is the rest of 100. */
  firstOwnerPct: number | '';
  later: boolean;
  laterOwnerPct: number | '';
  laterOrders: number | '';
  /** YYYY-MM-DD from a date input: the last day (inclusive) on which an order is still split. */
  laterUntil: string;
  leads: boolean;
  leadsFrom: Side | null;
  leadsCount: number | '';
  /** The deals already open or paid that the first-order split covers too. */
  disputedDeals: string[];
  note: string;
}

/** The parts of the form an error belongs to. */
export type TermsField =
  | 'keeper'
  | 'firstSplit'
  | 'laterSplit'
  | 'laterBound'
  | 'laterOrders'
  | 'laterUntil'
  | 'leadsFrom'
  | 'leadsCount'
  | 'note'
  | 'form';

export const EMPTY_DRAFT: TermsDraft = {
  keeper: 'owner',
  firstOwnerPct: 50,
  later: false,
  laterOwnerPct: 50,
  laterOrders: '',
  laterUntil: '',
  leads: false,
  leadsFrom: null,
  leadsCount: '',
  disputedDeals: [],
  note: '',
};

export function draftFromTerms(terms: Terms): TermsDraft {
  const later = terms.laterOrdersSplit;
  const leads = terms.leadsCompensation;
  return {
    keeper: terms.keeper,
    firstOwnerPct: terms.firstOrderSplit.owner,
    later: later !== null,
    laterOwnerPct: later ? later.owner : 50,
    laterOrders: later?.orders ?? '',
    laterUntil: later?.until !== undefined ? toDateInput(later.until) : '',
    leads: leads !== null,
    leadsFrom: leads?.from ?? null,
    leadsCount: leads?.count ?? '',
    disputedDeals: [...terms.disputedDeals],
    note: terms.note,
  };
}

/** What the draft says, in the shape validateTerms reads: an empty input stays visibly missing. */
export function termsInput(draft: TermsDraft): unknown {
  return {
    keeper: draft.keeper ?? undefined,
    firstOrderSplit: splitOf(draft.firstOwnerPct),
    laterOrdersSplit: draft.later
      ? {
          ...splitOf(draft.laterOwnerPct),
          ...(draft.laterOrders !== '' ? { orders: draft.laterOrders } : {}),
          ...(draft.laterUntil.trim() !== '' ? { until: fromDateInput(draft.laterUntil) } : {}),
        }
      : null,
    leadsCompensation: draft.leads
      ? { from: draft.leadsFrom ?? undefined, count: draft.leadsCount === '' ? undefined : draft.leadsCount }
      : null,
    disputedDeals: draft.disputedDeals,
    note: draft.note,
  };
}

export type DraftCheck = { ok: true; terms: Terms } | { ok: false; errors: Map<TermsField, string> };

/** The terms, or each problem in the UI language next to the input it concerns. */
export function checkDraft(i18n: Translator, draft: TermsDraft): DraftCheck {
  const result = validateTerms(termsInput(draft));
  if (result.ok) return { ok: true, terms: result.value };
  const errors = new Map<TermsField, string>();
  for (const error of result.errors) {
    const field = formFieldOf(error.field);
    if (!errors.has(field)) errors.set(field, errorText(i18n, field, error));
  }
  return { ok: false, errors };
}

function formFieldOf(field: string): TermsField {
  if (field === 'keeper') return 'keeper';
  if (field.startsWith('firstOrderSplit')) return 'firstSplit';
  if (field === 'laterOrdersSplit.orders') return 'laterOrders';
  if (field === 'laterOrdersSplit.until') return 'laterUntil';
  if (field === 'laterOrdersSplit') return 'laterBound';
  if (field.startsWith('laterOrdersSplit.')) return 'laterSplit';
  if (field === 'leadsCompensation.from') return 'leadsFrom';
  if (field === 'leadsCompensation.count') return 'leadsCount';
  if (field === 'note') return 'note';
  return 'form';
}

function errorText(i18n: Translator, field: TermsField, error: FieldError): string {
  const key = `terms.errors.${field}`;
  return i18n.exists(key)
    ? i18n.t(key, { maxOrders: MAX_LATER_ORDERS, maxLeads: MAX_LEADS, maxNote: NOTE_MAX })
    : error.message;
}

function splitOf(ownerPct: number | ''): { owner: number | undefined; newcomer: number | undefined } {
  if (ownerPct === '') return { owner: undefined, newcomer: undefined };
  return { owner: ownerPct, newcomer: 100 - ownerPct };
}

/** The end of that calendar day, local time: "until 31 Dec" includes orders placed on 31 Dec. */
export function fromDateInput(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value.trim());
  if (!match) return Number.NaN;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d), 23, 59, 59, 999);
  return date.getDate() === Number(d) ? date.getTime() : Number.NaN;
}

export function toDateInput(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Where a new proposal starts: what the regulations recommend, when they recommend terms. */
export function draftFromOutcome(outcome: { type: string; owner?: number } | null): TermsDraft {
  switch (outcome?.type) {
    case 'stayWithOwner':
      return { ...EMPTY_DRAFT, keeper: 'owner', firstOwnerPct: 100 };
    case 'moveToNewcomer':
      return { ...EMPTY_DRAFT, keeper: 'newcomer', firstOwnerPct: 0 };
    case 'splitFirstOrder':
      return { ...EMPTY_DRAFT, keeper: 'owner', firstOwnerPct: outcome.owner ?? 50 };
    default:
      return EMPTY_DRAFT;
  }
}
