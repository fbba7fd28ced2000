import { describe, expect, it } from 'vitest';
import type { ActivityDoc } from '../../../shared/db';
import { caseDoc, HOUR, T0 } from '../../../test/support/caseForTests';
import { firstActivityId, localEvidenceSide } from './localEvidence';

const activity = (id: string, clientId: string, at: number, extra: Partial<ActivityDoc> = {}): ActivityDoc => ({
  id,
  clientId,
  officeId: 'o1',
  type: 'call',
  at,
  authorId: 'petya',
  authorName: 'Petya Ivanov',
  note: '',
  createdAt: at,
  ...extra,
});

const deal = {
  dealId: 'd1',
  title: 'Antalya',
  travelStart: '',
  travelEnd: '',
  currency: 'RUB',
  amountMinor: 100,
  marginMinor: 10,
  managerId: 'petya',
  managerName: 'Petya Ivanov',
};

describe('local evidence', () => {
  it('shows this office’s side: its client’s activities newest first, and each deal’s latest edition', () => {
    const side = localEvidenceSide(caseDoc.owner, [
      activity('a1', 'ca', T0),
      activity('x', 'other-client', T0 + HOUR),
      activity('d1a', 'ca', T0 + 2 * HOUR, { type: 'deal', deal: { ...deal, status: 'quoted' } }),
      activity('d1b', 'ca', T0 + 3 * HOUR, { type: 'deal', deal: { ...deal, status: 'paid' } }),
    ]);
    expect(side.activities.map((a) => a.id)).toEqual(['d1b', 'd1a', 'a1']);
    expect(side.deals.map((d) => d.status)).toEqual(['paid']);
    expect([side.firstActivityAt, side.lastActivityAt]).toEqual([T0, T0 + 3 * HOUR]);
    expect(side.managerName).toBe('Petya Ivanov');
    expect(firstActivityId(side)).toBe('a1');
  });

  it('has no first activity when nothing was logged', () => {
    const side = localEvidenceSide(caseDoc.owner, []);
    expect([side.firstActivityAt, side.lastActivityAt, firstActivityId(side)]).toEqual([null, null, null]);
  });
});
