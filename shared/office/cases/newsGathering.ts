import { asyncScheduler, type Subscription } from 'rxjs';
import type { ArrivalPhase } from '../replication/arrivalPhase';

/** What follows a judgement within this window is judged together, so a flood becomes one digest. */
export const GATHER_MS = 250;

export interface NewsGathering {
  /**
   * Something was gathered. Live news that finds no window open is judged now, and opens a window:
   * the owner of a client hears of a duplicate at once, and what follows within the window is
   * judged together when it closes. A catch-up is always gathered whole, so it becomes one digest.
   */
  gathered(phase: ArrivalPhase): void;
  /** The notifier took everything gathered to judge it (whoever started the judgement). */
  judging(): void;
  /**
   * A judgement is over. One that told the person nothing (a case they already heard of, changed
   * again) holds no window open: only a notification makes what follows it wait.
   */
  judged(notified: boolean): void;
  stop(): void;
}

/** The clock of a notifier's gathering: when to judge what arrived. `judge` calls `judging()`, then `judged()`. */
export function newsGathering(judge: () => void, windowMs = GATHER_MS): NewsGathering {
  let timer: Subscription | null = null;
  let timerPhase: ArrivalPhase = 'live';
  let windowEnd = Number.NEGATIVE_INFINITY;
  let stopped = false;
  const schedule = (phase: ArrivalPhase, inMs: number) => {
    timer?.unsubscribe();
    timerPhase = phase;
    timer = asyncScheduler.schedule(() => judge(), inMs);
  };
  return {
    gathered(phase) {
      if (timer || stopped) return;
      const now = asyncScheduler.now();
      if (phase === 'live' && now >= windowEnd) {
        windowEnd = now + windowMs;
        judge();
        return;
      }
      // The judgement that closes a window opens none: the next news after it is heard at once.
      schedule(phase, phase === 'live' ? windowEnd - now : windowMs);
    },
    judging() {
      timer?.unsubscribe();
      timer = null;
    },
    judged(notified) {
      if (notified || stopped) return;
      windowEnd = Number.NEGATIVE_INFINITY;
      if (timer && timerPhase === 'live') schedule('live', 0);
    },
    stop() {
      stopped = true;
      timer?.unsubscribe();
      timer = null;
    },
  };
}
