// Dividing an amount between managers by integer percentages so that the parts add up to the
// total to the last kopeck. Rounding each part on its own would leave a kopeck over or under.
import type { Money } from './money';

export interface Share {
  managerId: string;
  /** Whole percent; shares of one split sum to 100. */
  pct: number;
}

export interface SharePart {
  managerId: string;
  pct: number;
  amount: Money;
}

/** Human-readable problems with a list of shares, empty when valid. Used by the terms form too. */
export function validateShares(shares: readonly Share[]): string[] {
  const errors: string[] = [];
  if (shares.length === 0) errors.push('A split needs at least one manager');
  const seen = new Set<string>();
  for (const share of shares) {
    if (share.managerId.trim() === '') errors.push('Every share needs a manager');
    if (seen.has(share.managerId)) errors.push(`Manager ${share.managerId} appears more than once in the split`);
    seen.add(share.managerId);
    if (!Number.isInteger(share.pct) || share.pct < 0 || share.pct > 100) {
      errors.push(`The share of ${share.managerId} must be a whole percent from 0 to 100, got ${share.pct}`);
    }
  }
  const sum = shares.reduce((acc, share) => acc + share.pct, 0);
  if (shares.length > 0 && sum !== 100) errors.push(`Percentages must add up to 100, they add up to ${sum}`);
  return errors;
}

export class SplitError extends Error {
  override name = 'SplitError';
}

/**
 * Largest-remainder (Hamilton) allocation on minor units: everyone gets floor(total·pct/100),
 * then the kopecks left over go one each to the largest remainders. Ties go to the smaller
 * managerId so every device computes the same split offline. The result keeps the input order.
 * Negative totals (refunds) are split by magnitude so a refund mirrors the original payout.
 */
export function splitAmount(total: Money, shares: readonly Share[]): SharePart[] {
  const errors = validateShares(shares);
  if (errors.length > 0) throw new SplitError(errors.join('; '));
  if (!Number.isSafeInteger(total.amount)) throw new SplitError(`Total must be whole minor units, got ${total.amount}`);
  const sign = total.amount < 0 ? -1 : 1;
  const magnitude = Math.abs(total.amount);
  // magnitude·pct stays exact below 2^53 for any amount under ~9e13 minor units; guard instead of drifting.
  if (!Number.isSafeInteger(magnitude * 100)) throw new SplitError('Total is too large to split exactly');

  const parts = shares.map((share) => {
    const scaled = magnitude * share.pct;
    return { share, base: Math.floor(scaled / 100), remainder: scaled % 100 };
  });
  let leftover = magnitude - parts.reduce((acc, part) => acc + part.base, 0);
  const order = [...parts].sort(
    (a, b) => b.remainder - a.remainder || compareIds(a.share.managerId, b.share.managerId),
  );
  const bonus = new Map<string, number>();
  for (const part of order) {
    if (leftover === 0) break;
    bonus.set(part.share.managerId, 1);
    leftover -= 1;
  }
  return parts.map((part) => ({
    managerId: part.share.managerId,
    pct: part.share.pct,
    amount: {
      amount: normalizeZero(sign * (part.base + (bonus.get(part.share.managerId) ?? 0))),
      currency: total.currency,
    },
  }));
}

/** Code-unit order, not locale order: the tie-break must not depend on the device's language. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const normalizeZero = (value: number): number => (value === 0 ? 0 : value);
