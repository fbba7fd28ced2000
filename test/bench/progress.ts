import type { BenchFigure } from './figure';

/**
 * What one bench has produced so far. run.ts hands one to each bench and reads it when the bench
 * fails, so the figures of the stages that finished are kept and the failure names how far it got.
 * A bench adds figures as each stage ends instead of returning them all at the end.
 */
export interface BenchProgress {
  readonly figures: BenchFigure[];
  /** The last stage started, and whether it ended. */
  stage: { name: string; done: boolean } | undefined;
}

export function benchProgress(): BenchProgress {
  return { figures: [], stage: undefined };
}

/** "at stage X" or "after stage X": where a failed bench was. */
export function whereStopped(progress: BenchProgress): string {
  const { stage } = progress;
  if (!stage) return 'before its first stage';
  return stage.done ? `after stage "${stage.name}"` : `at stage "${stage.name}"`;
}
