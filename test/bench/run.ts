/**
 * `npm run bench [-- name-filter]`: runs every test/bench/*.bench.ts, prints its figures beside
 * their targets and keeps them in bench-results/latest.json. A bench that fails says where it
 * stopped and keeps the figures of the stages it finished; the others still run, and the run
 * exits non-zero.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure';
import { saveLatest } from './latest';
import { benchProgress, whereStopped, type BenchProgress } from './progress';
import { formatFigure, formatSummary, type BenchOutcome } from './report';
import { StageFailure } from './stage';

const here = dirname(fileURLToPath(import.meta.url));
const latestFile = join(here, '..', '..', 'bench-results', 'latest.json');
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

type BenchModule = { run(progress: BenchProgress): Promise<BenchFigure[] | void> };

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// A failed bench may leave work behind that rejects later; that must not end the run of the others.
process.on('unhandledRejection', (error) => {
  process.stdout.write(`  unhandled rejection (after a failure?): ${reason(error)}\n`);
  process.exitCode = 1;
});

const outcomes: BenchOutcome[] = [];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n== ${name}\n`);
  const progress = benchProgress();
  const started = performance.now();
  let failure: string | undefined;
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    const returned = (await mod.run(progress)) ?? [];
    for (const f of returned) if (!progress.figures.includes(f)) progress.figures.push(f);
  } catch (error) {
    failure =
      error instanceof StageFailure
        ? `at stage "${error.stage}": ${error.reason}`
        : `${whereStopped(progress)}: ${reason(error)}`;
  }
  const outcome: BenchOutcome = {
    name,
    figures: progress.figures,
    seconds: (performance.now() - started) / 1000,
    ...(failure ? { failure } : {}),
  };
  for (const f of outcome.figures) process.stdout.write(formatFigure(f));
  if (failure) process.stdout.write(`FAILED ${failure}\n`);
  process.stdout.write(`(${outcome.seconds.toFixed(1)} s)\n`);
  saveLatest(latestFile, outcome);
  outcomes.push(outcome);
}
process.stdout.write(formatSummary(outcomes));
process.stdout.write(`\nWritten to bench-results/latest.json\n`);
// Explicit: a failed bench may leave servers or browsers open that would keep the process alive.
process.exit(outcomes.some((o) => o.failure) || process.exitCode ? 1 : 0);
