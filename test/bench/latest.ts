// bench-results/latest.json: the last figures of every bench, each stamped with when it ran, so a
// note can quote them. Written after each bench, so a run that breaks later keeps what it measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchOutcome } from './report';

export function saveLatest(file: string, outcome: BenchOutcome): void {
  mkdirSync(dirname(file), { recursive: true });
  // A run of some benches keeps the last figures of the others.
  const previous = existsSync(file)
    ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: Record<string, unknown> }).results ?? {})
    : {};
  const entry = {
    at: new Date().toISOString(),
    node: process.version,
    ...(outcome.failure ? { failed: outcome.failure } : {}),
    figures: outcome.figures,
  };
  writeFileSync(file, `${JSON.stringify({ results: { ...previous, [outcome.name]: entry } }, null, 2)}\n`);
}
