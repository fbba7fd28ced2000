export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The bound the issue sets for this figure, if it sets one; run.ts prints whether it is met. */
  target?: BenchTarget;
}

/** `>=` for throughputs, `<=` for latencies, times and memory. */
export interface BenchTarget {
  op: '>=' | '<=';
  value: number;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i]!;
}

/** Whether a figure meets its target; undefined when it has none. A NaN figure never meets one. */
export function targetMet(figure: BenchFigure): boolean | undefined {
  const { target } = figure;
  if (!target) return undefined;
  return target.op === '>=' ? figure.value >= target.value : figure.value <= target.value;
}
