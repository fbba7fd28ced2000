// The deal form's fields as typed: amounts stay text ("120 000,50") until the office core parses
// them, so what a person typed is what they see again next to an error.
import type { i18n } from 'i18next';
import type { DealInput, DealView } from '../../../shared/office/resolution/types';
import { errorText, type CodedError } from '../../i18n/errorText';
import { amountInputText } from '../../format/money';

export type DealDraft = Omit<DealInput, 'clientId'>;

export const CURRENCIES = ['RUB', 'USD', 'EUR', 'JPY'] as const;

export function newDealDraft(): DealDraft {
  return { title: '', travelStart: '', travelEnd: '', currency: 'RUB', amount: '', margin: '', status: 'inquiry' };
}

/** A deal's latest edition as the form shows it, amounts written the way this language writes them. */
export function dealDraftOf(deal: DealView, language: string): DealDraft {
  const c = deal.current;
  return {
    title: c.title,
    travelStart: c.travelStart,
    travelEnd: c.travelEnd,
    currency: c.currency,
    amount: amountInputText(c.amountMinor, c.currency, language),
    margin: amountInputText(c.marginMinor, c.currency, language),
    status: c.status,
  };
}

/** The form's field an error belongs to; anything else is shown above the buttons. */
export type DealFormField = keyof DealDraft | 'form';

/** Each error in the UI language, by field: the deal form's own wording first, then the app's, then the core's English. */
export function dealErrors(
  i18n: Pick<i18n, 't' | 'exists'>,
  errors: readonly CodedError[],
): Map<DealFormField, string> {
  const fields = new Set<string>(['title', 'travelStart', 'travelEnd', 'currency', 'amount', 'margin', 'status']);
  const byField = new Map<DealFormField, string>();
  for (const e of errors) {
    const field: DealFormField = e.field && fields.has(e.field) ? (e.field as DealFormField) : 'form';
    const key = `deals.fieldErrors.${e.field ?? ''}.${e.code}`;
    const text = i18n.exists(key) ? i18n.t(key) : errorText(i18n, e);
    byField.set(field, byField.has(field) ? `${byField.get(field)} ${text}` : text);
  }
  return byField;
}
