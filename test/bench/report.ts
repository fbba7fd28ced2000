// How a bench run reads in the terminal: each figure beside its target, and one summary at the end.
import { targetMet, type BenchFigure } from './figure';

/** One bench's result: its figures (those of the stages that finished, when it failed) and why it failed. */
export interface BenchOutcome {
  name: string;
  figures: BenchFigure[];
  seconds: number;
  /** Where the bench stopped and why; undefined when it finished. */
  failure?: string;
}

export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'n/a';
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);
}

function formatTarget(figure: BenchFigure): string {
  if (!figure.target) return '';
  const op = figure.target.op === '>=' ? '≥' : '≤';
  return `target ${op} ${formatValue(figure.target.value)}  ${targetMet(figure) ? 'met' : 'MISSED'}`;
}

export function formatFigure(figure: BenchFigure): string {
  const line = `${figure.name.padEnd(60)} ${formatValue(figure.value).padStart(12)} ${figure.unit.padEnd(10)} ${formatTarget(figure)}`;
  return `${line.trimEnd()}\n`;
}

/** A table of every bench of the run: finished or where it stopped, and how its targets fared. */
export function formatSummary(outcomes: readonly BenchOutcome[]): string {
  const rows = outcomes.map((o) => {
    const targeted = o.figures.filter((f) => f.target);
    const missed = targeted.filter((f) => !targetMet(f));
    const status = o.failure ? 'FAILED' : 'ok';
    const targets = targeted.length === 0 ? '-' : `${targeted.length - missed.length}/${targeted.length} met`;
    return { o, status, targets, missed };
  });
  const lines = ['', '== summary', `${'bench'.padEnd(24)} ${'status'.padEnd(7)} ${'time'.padStart(8)}  targets`];
  for (const { o, status, targets, missed } of rows) {
    lines.push(`${o.name.padEnd(24)} ${status.padEnd(7)} ${`${o.seconds.toFixed(1)} s`.padStart(8)}  ${targets}`);
    if (o.failure) lines.push(`    stopped ${o.failure}`);
    for (const f of missed) lines.push(`    missed: ${formatFigure(f).trimEnd()}`);
  }
  return `${lines.join('\n')}\n`;
}
