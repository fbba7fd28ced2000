import { loadavg } from 'node:os';
import type { BenchProgress } from './progress';

/**
 * A bench in named stages: each stage is announced as it starts, and a failure or a hang names the
 * stage it happened in, so a long run that breaks says how far it got.
 */
export interface BenchStages {
  /** Runs `fn` as the stage `name`; rejects when it throws or takes longer than `timeoutS`. */
  run<T>(name: string, fn: () => Promise<T>, timeoutS?: number): Promise<T>;
}

const DEFAULT_TIMEOUT_S = 900;

/** A stage that threw or hung: its message names the bench and the stage for whoever reads it alone. */
export class StageFailure extends Error {
  constructor(
    readonly stage: string,
    readonly reason: string,
    bench: string,
    cause: unknown,
  ) {
    super(`${bench} failed at stage "${stage}": ${reason}`, { cause });
  }
}

/** `progress`, when given, follows the stages so run.ts can say where a failed bench stopped. */
export function benchStages(bench: string, progress?: BenchProgress): BenchStages {
  return {
    async run(name, fn, timeoutS = DEFAULT_TIMEOUT_S) {
      process.stdout.write(`  [${bench}] ${name}\n`);
      const stage = { name, done: false };
      if (progress) progress.stage = stage;
      let timer: NodeJS.Timeout | undefined;
      const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no end after ${timeoutS} s`)), timeoutS * 1000);
      });
      const started = performance.now();
      try {
        const value = await Promise.race([fn(), hang]);
        stage.done = true;
        process.stdout.write(`  [${bench}] ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        return value;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new StageFailure(name, reason, bench, error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The machine's 1-minute load average: figures from a shared, busy machine are read next to it. */
export function loadAverage(): number {
  return loadavg()[0]!;
}
