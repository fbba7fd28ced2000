// Benchmark of `claimdesk dedupe` on a generated 100k-row base (clientBaseFixture.ts), as a
// Windows-1251 CSV and as an .xlsx workbook; memory reported.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodeCp1251, generateClientBase } from './clientBaseFixture';
import { parseCsv } from '../../shared/csv';
import type { BenchFigure } from './figure';
import { benchProgress, type BenchProgress } from './progress';
import { benchStages, loadAverage } from './stage';
import { xlsxOf } from './xlsxFixture';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'electron/sync-server/cli/main.ts');
const ROWS = 100_000;

// Loaded into the CLI's process with --import: reports its peak RSS and CPU time without the
// CLI knowing. CPU time is the steadier figure when other work shares the machine.
const USAGE_HOOK = `process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write('\\nCLAIMDESK_BENCH_USAGE=' + JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }) + '\\n');
});
`;

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function runChild(args: string[]): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) => {
      done({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}

export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  const stages = benchStages('dedupe', progress);
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-dedupe-'));
  try {
    const base = generateClientBase(ROWS);
    const csv = join(dir, 'clients-100k.csv');
    await writeFile(csv, encodeCp1251(base.csv));
    const xlsx = join(dir, 'clients-100k.xlsx');
    await writeFile(xlsx, xlsxOf(parseCsv(base.csv, ';').records));
    const hook = join(dir, 'usage-hook.mjs');
    await writeFile(hook, USAGE_HOOK);
    for (const [file, format] of [
      [csv, 'CSV, cp1251'],
      [xlsx, 'XLSX'],
    ] as const) {
      const figures = await stages.run(`dedupe 100k rows, ${format}`, () => dedupeFile(file, format, hook));
      progress.figures.push(...figures);
    }
    return progress.figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One run of the CLI on `file`, as a person would start it, with the figures it gives. */
async function dedupeFile(file: string, format: string, hook: string): Promise<BenchFigure[]> {
  const result = await runChild([
    '--import',
    'tsx',
    '--import',
    pathToFileURL(hook).href,
    CLI,
    'dedupe',
    file,
    '--json',
  ]);
  if (result.code !== 0) throw new Error(`dedupe exited with ${String(result.code)}: ${result.stderr.slice(0, 2000)}`);
  const report = JSON.parse(result.stdout) as {
    rows: number;
    conflicts: unknown[];
    hints: unknown[];
    errors: unknown[];
  };
  if (report.rows !== ROWS) throw new Error(`dedupe read ${report.rows} rows, expected ${ROWS}`);
  const usageLine = /CLAIMDESK_BENCH_USAGE=(\{.*\})/.exec(result.stderr)?.[1];
  const usage = usageLine
    ? (JSON.parse(usageLine) as { maxRssKb: number; cpuUs: number })
    : { maxRssKb: NaN, cpuUs: NaN };
  const of = `dedupe 100k, ${format}`;
  return [
    // The target: 100,000 rows within 3 s, start-up included.
    {
      name: `${of}: wall time (CLI incl. start-up)`,
      value: round(result.seconds, 2),
      unit: 's',
      target: { op: '<=', value: 3 },
    },
    { name: `${of}: CPU time (user + system)`, value: round(usage.cpuUs / 1e6, 2), unit: 's' },
    { name: `${of}: peak memory (max RSS)`, value: round(usage.maxRssKb / 1024, 1), unit: 'MB' },
    { name: `${of}: throughput`, value: Math.round(ROWS / result.seconds), unit: 'rows/s' },
    { name: `${of}: shared keys found`, value: report.conflicts.length, unit: 'keys' },
    { name: `${of}: name hints`, value: report.hints.length, unit: 'pairs' },
    { name: `${of}: input errors`, value: report.errors.length, unit: 'values' },
    { name: `${of}: load average after`, value: loadAverage(), unit: '(1 min)' },
  ];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// `npx tsx test/bench/dedupe.bench.ts` runs this benchmark alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit}`);
}
