import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newsGathering } from './newsGathering';

describe('newsGathering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A notifier whose judgements tell the person something, or nothing when `notifies` says so. */
  function counted(notifies = () => true) {
    let judgements = 0;
    const gathering = newsGathering(() => {
      gathering.judging();
      judgements += 1;
      gathering.judged(notifies());
    }, 250);
    return { gathering, judgements: () => judgements };
  }

  it('judges the first live news at once and gathers what follows it until the window is over', () => {
    const { gathering, judgements } = counted();
    gathering.gathered('live');
    expect(judgements()).toBe(1);
    vi.advanceTimersByTime(100);
    gathering.gathered('live');
    gathering.gathered('live');
    expect(judgements()).toBe(1);
    vi.advanceTimersByTime(149);
    expect(judgements()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(judgements()).toBe(2);
    // The judgement that closed the window opened none: the next news is heard at once.
    vi.advanceTimersByTime(10);
    gathering.gathered('live');
    expect(judgements()).toBe(3);
  });

  it('judges at once again after a quiet window', () => {
    const { gathering, judgements } = counted();
    gathering.gathered('live');
    vi.advanceTimersByTime(250);
    gathering.gathered('live');
    expect(judgements()).toBe(2);
  });

  it('holds no window open after a judgement that told the person nothing', () => {
    let notifies = false;
    const { gathering, judgements } = counted(() => notifies);
    gathering.gathered('live');
    vi.advanceTimersByTime(20);
    notifies = true;
    gathering.gathered('live');
    expect(judgements()).toBe(2);
    vi.advanceTimersByTime(20);
    gathering.gathered('live');
    expect(judgements()).toBe(2);
    vi.advanceTimersByTime(230);
    expect(judgements()).toBe(3);
  });

  it('gathers a catch-up and a first sync whole, however quiet it was before', () => {
    const { gathering, judgements } = counted();
    for (const phase of ['away', 'history'] as const) {
      const before = judgements();
      gathering.gathered(phase);
      vi.advanceTimersByTime(249);
      expect(judgements()).toBe(before);
      vi.advanceTimersByTime(1);
      expect(judgements()).toBe(before + 1);
      vi.advanceTimersByTime(1_000);
    }
  });

  it('judges nothing once stopped', () => {
    const { gathering, judgements } = counted();
    gathering.gathered('away');
    gathering.stop();
    gathering.gathered('live');
    vi.advanceTimersByTime(1_000);
    expect(judgements()).toBe(0);
  });
});
