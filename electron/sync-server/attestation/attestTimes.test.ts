import { describe, expect, it } from 'vitest';
import { attestTimes } from './attestTimes';

const window = { from: 1_000, to: 5_000 };
const keep = { keepStated: false };

describe('attestTimes', () => {
  it('clamps a new time outside the window and keeps what was stated', () => {
    expect(attestTimes('activities', { id: 'a', at: 10, createdAt: 2_000 }, null, window, keep)).toEqual({
      id: 'a',
      at: 1_000,
      createdAt: 2_000,
      statedAs: { at: 10 },
    });
    expect(attestTimes('clients', { id: 'c', createdAt: 9_000, lastActivityAt: 10 }, null, window, keep)).toEqual({
      id: 'c',
      createdAt: 5_000,
      lastActivityAt: 10,
      statedAs: { createdAt: 9_000 },
    });
  });

  it('leaves unchanged times as stored, also when the workstation states the same time again', () => {
    const stored = { id: 'c', createdAt: 1_000, statedAs: { createdAt: 10 } };
    expect(attestTimes('clients', { id: 'c', createdAt: 10 }, stored, { from: 4_000, to: 9_000 }, keep)).toEqual(
      stored,
    );
    expect(attestTimes('clients', { id: 'c', createdAt: 1_000 }, stored, { from: 4_000, to: 9_000 }, keep)).toEqual(
      stored,
    );
  });

  it("never takes statedAs from the workstation, and keeps an admin's imported dates", () => {
    expect(attestTimes('activities', { id: 'a', at: 2_000, statedAs: { at: 1 } }, null, window, keep)).toEqual({
      id: 'a',
      at: 2_000,
    });
    expect(attestTimes('activities', { id: 'a', at: 10 }, null, window, { keepStated: true })).toEqual({
      id: 'a',
      at: 10,
    });
  });
});
