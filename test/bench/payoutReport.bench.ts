// The payout report as the endpoint computes it for a year of a large agency: every deal is
// folded from its editions, every settled case from its steps, then shares and totals. Pure
// computation (no database), so the figure is the cost the report adds to its query.
import type { ActivityDoc, CaseDoc } from '../../shared/db';
import { foldDealEditions, splitsOfCase, toPayoutDeal } from '../../shared/deals';
import { payoutReport, type Deal, type Split } from '../../shared/payouts';
import { foldCaseEvents, type CaseEvent } from '../../shared/workflow';
import type { BenchFigure } from './figure';

const DEALS = 40_000;
const CASES = 5_000;
const MANAGERS = 200;
const YEAR_START = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

function editionsOf(i: number): ActivityDoc[] {
  const clientId = `client-${i % 20_000}`;
  const managerId = `m${i % MANAGERS}`;
  const statuses = i % 10 === 0 ? (['quoted', 'cancelled'] as const) : (['quoted', 'booked', 'paid'] as const);
  return statuses.map((status, k) => ({
    id: `a-${i}-${k}`,
    clientId,
    officeId: `o${i % 10}`,
    type: 'deal',
    at: YEAR_START + (i % 330) * DAY + k * 3_600_000,
    authorId: managerId,
    authorName: managerId,
    note: '',
    createdAt: YEAR_START + (i % 330) * DAY + k * 3_600_000,
    deal: {
      dealId: `d-${i}`,
      title: `Deal ${i}`,
      travelStart: '',
      travelEnd: '',
      currency: i % 7 === 0 ? 'EUR' : 'RUB',
      amountMinor: 10_000_000 + i * 37,
      marginMinor: 1_000_000 + i * 7,
      status,
      managerId,
      managerName: managerId,
    },
  }));
}

function settledCase(i: number): { caseDoc: CaseDoc; events: CaseEvent[] } {
  const at = YEAR_START + (i % 300) * DAY;
  const caseDoc: CaseDoc = {
    id: `client-${i}|client-x${i}`,
    officeIds: [`o${i % 10}`, `o${(i + 1) % 10}`],
    owner: {
      clientId: `client-${i}`,
      clientLabel: 'A',
      managerId: `m${i % MANAGERS}`,
      managerName: '',
      officeId: `o${i % 10}`,
      officeName: '',
      since: at - DAY,
    },
    newcomer: {
      clientId: `client-x${i}`,
      clientLabel: 'A',
      managerId: `m${(i + 1) % MANAGERS}`,
      managerName: '',
      officeId: `o${(i + 1) % 10}`,
      officeName: '',
      since: at,
    },
    matched: [{ kind: 'phone', display: '+7 ***' }],
    detectedAt: at,
    detectedWhere: 'endpoint',
    causedBy: `m${(i + 1) % MANAGERS}`,
    status: 'open',
    updatedAt: at,
  };
  const terms = {
    keeper: 'owner' as const,
    firstOrderSplit: { owner: 60, newcomer: 40 },
    laterOrdersSplit: { owner: 80, newcomer: 20, orders: 2 },
    leadsCompensation: null,
    disputedDeals: [],
    note: '',
  };
  const events: CaseEvent[] = [
    {
      id: `p${i}`,
      caseId: caseDoc.id,
      at: at + 1000,
      by: { userId: caseDoc.newcomer.managerId, role: 'manager', officeId: caseDoc.newcomer.officeId },
      type: 'propose',
      terms,
    },
    {
      id: `c${i}`,
      caseId: caseDoc.id,
      at: at + 2000,
      by: { userId: caseDoc.owner.managerId, role: 'manager', officeId: caseDoc.owner.officeId },
      type: 'counter',
      terms,
    },
    {
      id: `a${i}`,
      caseId: caseDoc.id,
      at: at + 3000,
      by: { userId: caseDoc.newcomer.managerId, role: 'manager', officeId: caseDoc.newcomer.officeId },
      type: 'accept',
      proposalId: `c${i}`,
    },
  ];
  return { caseDoc, events };
}

export async function run(): Promise<BenchFigure[]> {
  const activities = Array.from({ length: DEALS }, (_, i) => editionsOf(i)).flat();
  const cases = Array.from({ length: CASES }, (_, i) => settledCase(i));

  const t0 = performance.now();
  const deals = foldDealEditions(activities)
    .map(toPayoutDeal)
    .filter((d): d is Deal => d !== null);
  const t1 = performance.now();
  const splits: Split[] = cases.flatMap(({ caseDoc, events }) =>
    splitsOfCase(caseDoc, foldCaseEvents(caseDoc, events)),
  );
  const t2 = performance.now();
  const report = payoutReport({
    deals,
    splits,
    period: { from: new Date(YEAR_START).toISOString(), to: new Date(YEAR_START + 365 * DAY).toISOString() },
    by: 'manager',
  });
  const t3 = performance.now();
  if (report.dealCount === 0) throw new Error('the report is empty');

  return [
    {
      name: `fold ${activities.length.toLocaleString('en-US')} deal editions into ${deals.length.toLocaleString('en-US')} deals`,
      value: t1 - t0,
      unit: 'ms',
    },
    { name: `fold ${CASES.toLocaleString('en-US')} settled cases into splits`, value: t2 - t1, unit: 'ms' },
    {
      name: `payout report over a year (${report.dealCount.toLocaleString('en-US')} paid deals)`,
      value: t3 - t2,
      unit: 'ms',
    },
    { name: 'payout report, total', value: t3 - t0, unit: 'ms' },
  ];
}
