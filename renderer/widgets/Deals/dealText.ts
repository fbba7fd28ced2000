import type { DealView } from '../../../shared/office/resolution/types';
import type { Translator } from '../../i18n/translator';

const REASON_KEYS = {
  'first-order': 'deals.splitFirst',
  'later-order': 'deals.splitLater',
  'disputed-deal': 'deals.splitDisputed',
} as const;

/** "Split: Petya Ivanov 60%, Masha Petrova 40% (first order)", or null when the deal is not split. */
export function splitText(i18n: Translator, split: DealView['split']): string | null {
  if (!split || split.shares.length === 0) return null;
  const shares = split.shares.map((s) => `${s.managerName} ${s.pct}%`).join(', ');
  return i18n.t('deals.split', {
    shares,
    reason: i18n.t(REASON_KEYS[split.reason]),
  });
}
