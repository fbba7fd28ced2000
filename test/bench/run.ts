/**
 * `npm run bench [-- name-filter]`: runs every test/bench/*.bench.ts, prints its figures and
 * keeps them in bench-results/latest.json so a note can quote them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

const all: Record<string, BenchFigure[]> = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n== ${name}\n`);
  const started = performance.now();
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run(): Promise<BenchFigure[]> };
  const figures = await mod.run();
  for (const f of figures)
    process.stdout.write(`${f.name.padEnd(60)} ${formatValue(f.value).padStart(12)} ${f.unit}\n`);
  process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  all[name] = figures;
}
const out = join(here, '..', '..', 'bench-results');
mkdirSync(out, { recursive: true });
// A run of some benches keeps the last figures of the others, each stamped with when it ran.
const file = join(out, 'latest.json');
const previous = existsSync(file)
  ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: Record<string, unknown> }).results ?? {})
  : {};
const stamped = Object.fromEntries(
  Object.entries(all).map(([name, figures]) => [
    name,
    { at: new Date().toISOString(), node: process.version, figures },
  ]),
);
writeFileSync(file, `${JSON.stringify({ results: { ...previous, ...stamped } }, null, 2)}\n`);
process.stdout.write(`\nWritten to bench-results/latest.json\n`);

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);
}
