// A common monthly margin plan for an office or a group of offices, and its progress: paid deals
// counted by each manager's share (a deal split between two offices helps both offices' plan).
import type { CurrencyCode, Money } from '../payouts/money';
import { objectBody, unknownFields } from './bodyShape';
import type { Checked } from './validateAccounts';

export interface MarginPlan {
  id: string;
  name: string;
  /** "2026-12": the calendar month of the endpoint's clock. */
  month: string;
  officeIds: string[];
  target: Money;
  setBy: string;
  setAt: number;
}

export interface PlanProgress {
  plan: MarginPlan;
  /** Shares of paid deals in the plan's currency, in minor units. */
  achieved: number;
  byOffice: { officeId: string; officeName: string; achieved: number }[];
  byManager: { managerId: string; managerName: string; officeId: string; achieved: number }[];
}

/** GET /plans?month=YYYY-MM: the plans the caller's office takes part in (admins: all). */
export interface PlansResponse {
  month: string;
  plans: PlanProgress[];
}

/** PUT /plans (leads: plans their office takes part in; admins: any): creates, or replaces by id. */
export interface SavePlanRequest {
  id?: string;
  name: string;
  month: string;
  officeIds: string[];
  target: { amount: number; currency: CurrencyCode };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/u;
const CURRENCIES: readonly string[] = ['RUB', 'USD', 'EUR', 'JPY'];

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

export function checkSavePlan(body: unknown): Checked<SavePlanRequest> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['id', 'name', 'month', 'officeIds', 'target']);
  if (input.id !== undefined && (typeof input.id !== 'string' || !input.id || input.id.length > 64))
    problems.push({ field: 'id', message: 'id must be a plan id.' });
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 200) problems.push({ field: 'name', message: 'Name the plan (up to 200 characters).' });
  if (!isMonth(input.month)) problems.push({ field: 'month', message: 'month is "YYYY-MM", e.g. "2026-12".' });
  const offices = input.officeIds;
  if (
    !Array.isArray(offices) ||
    !offices.length ||
    offices.length > 50 ||
    !offices.every((o) => typeof o === 'string' && o)
  )
    problems.push({ field: 'officeIds', message: 'Name the offices the plan is shared by (1 to 50 office ids).' });
  const target =
    typeof input.target === 'object' && input.target !== null ? (input.target as Record<string, unknown>) : {};
  if (!Number.isSafeInteger(target.amount) || (target.amount as number) <= 0)
    problems.push({
      field: 'target.amount',
      message: 'The target is a positive whole number of minor units (kopecks).',
    });
  if (!CURRENCIES.includes(target.currency as string))
    problems.push({ field: 'target.currency', message: `The currency is one of ${CURRENCIES.join(', ')}.` });
  if (problems.length) return { ok: false, fields: problems };
  return {
    ok: true,
    value: {
      ...(typeof input.id === 'string' ? { id: input.id } : {}),
      name,
      month: input.month as string,
      officeIds: [...new Set(offices as string[])].sort(),
      target: { amount: target.amount as number, currency: target.currency as CurrencyCode },
    },
  };
}
