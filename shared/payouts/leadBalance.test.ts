import { describe, expect, it } from 'vitest';
import { leadBalance } from './leadBalance';

describe('leadBalance', () => {
  it('records "Masha gets 3 leads from Petya" and settles one per handover', () => {
    const result = leadBalance(
      [{ from: 'petya', to: 'masha', count: 3, at: '2026-03-01T00:00:00Z' }],
      [
        { from: 'petya', to: 'masha', at: '2026-03-02T00:00:00Z' },
        { from: 'petya', to: 'masha', at: '2026-03-03T00:00:00Z' },
      ],
    );
    expect(result).toEqual({ balances: [{ from: 'petya', to: 'masha', owed: 1 }], unmatchedHandovers: 0 });
  });

  it('drops settled pairs and counts extra handovers as ordinary routing', () => {
    const result = leadBalance(
      [{ from: 'petya', to: 'masha', count: 1, at: '2026-03-01T00:00:00Z' }],
      [
        { from: 'petya', to: 'masha', at: '2026-03-02T00:00:00Z' },
        { from: 'petya', to: 'masha', at: '2026-03-03T00:00:00Z' },
      ],
    );
    expect(result).toEqual({ balances: [], unmatchedHandovers: 1 });
  });

  it('ignores handovers made before anything was owed, or in the wrong direction', () => {
    const result = leadBalance(
      [{ from: 'petya', to: 'masha', count: 2, at: '2026-03-05T00:00:00Z' }],
      [
        { from: 'petya', to: 'masha', at: '2026-03-01T00:00:00Z' },
        { from: 'masha', to: 'petya', at: '2026-03-06T00:00:00Z' },
      ],
    );
    expect(result).toEqual({ balances: [{ from: 'petya', to: 'masha', owed: 2 }], unmatchedHandovers: 2 });
  });

  it('counts a handover made at the same instant as the agreement', () => {
    const at = '2026-03-01T00:00:00Z';
    expect(leadBalance([{ from: 'a', to: 'b', count: 1, at }], [{ from: 'a', to: 'b', at }]).balances).toEqual([]);
  });

  it('nets opposite debts between the same two managers and keeps pairs apart', () => {
    const result = leadBalance(
      [
        { from: 'petya', to: 'masha', count: 3, at: '2026-03-01T00:00:00Z' },
        { from: 'masha', to: 'petya', count: 5, at: '2026-04-01T00:00:00Z' },
        { from: 'vera', to: 'oleg', count: 2, at: '2026-04-01T00:00:00Z' },
      ],
      [{ from: 'masha', to: 'petya', at: '2026-04-02T00:00:00Z' }],
    );
    expect(result.balances).toEqual([
      { from: 'masha', to: 'petya', owed: 1 },
      { from: 'vera', to: 'oleg', owed: 2 },
    ]);
  });

  it('refuses non-positive counts and self-debts', () => {
    expect(() => leadBalance([{ from: 'a', to: 'b', count: 0, at: '2026-01-01T00:00:00Z' }], [])).toThrow(
      /positive whole number/,
    );
    expect(() => leadBalance([{ from: 'a', to: 'a', count: 1, at: '2026-01-01T00:00:00Z' }], [])).toThrow(/themselves/);
  });
});
