// Terms in words, by the managers' names: what both parties read before they accept, and what the
// timeline and the client's deals show afterwards. One sentence, so nobody has to decode "60/40".
import type { Side, Terms } from '../../../shared/workflow';
import type { Translator } from '../../i18n/translator';

/** The managers' names by side, e.g. { owner: 'Petya Ivanov', newcomer: 'Masha Petrova' }. */
export type SideNames = Record<Side, string>;

/**
 * "Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya."
 * The keeper comes first; a manager who gets nothing and does not keep the client is not mentioned.
 * Disputed deals the terms name follow in a sentence of their own, by `dealLabel` where the reader
 * can say which deal it is (the case's evidence), else by their number.
 */
export function termsSentence(
  i18n: Translator,
  terms: Terms,
  names: SideNames,
  dealLabel?: (dealId: string) => string | undefined,
): string {
  const { t } = i18n;
  const order: Side[] = terms.keeper === 'owner' ? ['owner', 'newcomer'] : ['newcomer', 'owner'];
  const clauses: string[] = [];
  let firstOrderNamed = false;
  for (const side of order) {
    const items: string[] = [];
    const first = terms.firstOrderSplit[side];
    if (first > 0) {
      items.push(t(firstOrderNamed ? 'terms.sentence.firstShort' : 'terms.sentence.first', { pct: first }));
      firstOrderNamed = true;
    }
    const later = terms.laterOrdersSplit;
    if (later && later[side] > 0) items.push(laterText(i18n, later[side], later.orders, later.until));
    const leads = terms.leadsCompensation;
    if (leads && leads.count > 0 && leads.from !== side)
      items.push(t('terms.sentence.leads', { count: leads.count, from: names[leads.from] }));
    const keeps = terms.keeper === side;
    const name = names[side];
    if (items.length > 0)
      clauses.push(
        t(keeps ? 'terms.sentence.getsAndKeeps' : 'terms.sentence.gets', { name, items: listOf(i18n.language, items) }),
      );
    else if (keeps) clauses.push(t('terms.sentence.keeps', { name }));
  }
  const whole = t('terms.sentence.whole', { clauses: clauses.join('; ') });
  const disputed = terms.disputedDeals;
  if (disputed.length === 0) return whole;
  const labels = disputed.map((id) => dealLabel?.(id));
  const named = labels.every((l): l is string => l !== undefined);
  const deals = named
    ? t('terms.sentence.disputedNamed', { count: disputed.length, deals: listOf(i18n.language, labels) })
    : t('terms.sentence.disputed', { count: disputed.length });
  return `${whole} ${deals}`;
}

/** "«Antalya, 7 nights» (paid, Petya Ivanov)", or for a deal seen in outline "a deal of Masha Petrova (booked, 5 Mar 2026)". */
export function disputedDealLabel(
  i18n: Translator,
  deal: { title: string | null; status: string; at: number; authorName: string },
): string {
  const status = i18n.t(`deals.status_${deal.status}`).toLocaleLowerCase(i18n.language);
  return deal.title !== null
    ? i18n.t('terms.dealLabel', { title: deal.title, status, name: deal.authorName })
    : i18n.t('terms.dealLabelOutline', { status, name: deal.authorName, date: fullDay(deal.at, i18n.language) });
}

function laterText(i18n: Translator, pct: number, orders: number | undefined, until: number | undefined): string {
  const date = until !== undefined ? fullDay(until, i18n.language) : '';
  if (orders !== undefined && until !== undefined)
    return i18n.t('terms.sentence.laterBoth', { pct, count: orders, date });
  if (orders !== undefined) return i18n.t('terms.sentence.laterOrders', { pct, count: orders });
  return i18n.t('terms.sentence.laterUntil', { pct, date });
}

/** "31 Dec 2026": an obligation's end date always carries its year. */
export function fullDay(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** "a, b and c" in the UI language. */
export function listOf(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export function sideNames(c: { owner: { managerName: string }; newcomer: { managerName: string } }): SideNames {
  return { owner: c.owner.managerName, newcomer: c.newcomer.managerName };
}
