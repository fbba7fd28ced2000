import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { createTeam, TEST_PASSWORD } from '../integration/api';
import { startServer } from '../integration/testServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { benchPageFigures } from './benchPage';
import { benchProgress, type BenchProgress } from './progress';
import { pushClients } from './pushClients';
import { benchStages, loadAverage, type BenchStages } from './stage';

/** `BENCH_PULL_DOCS` measures a smaller pull, to see the bench work without waiting for the full one. */
const BROWSER_PULL_DOCS = Number(process.env.BENCH_PULL_DOCS ?? 20_000);
// The page has a folder of its own with an index.html: the endpoint serves a web root only when it
// has one, and serving the page from the endpoint keeps it same-origin with the API.
const PAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'browser', 'pull');
const PAGE_OUT = join(PAGE_ROOT, '..', '..', '..', '..', 'dist-bench', 'pull');

export async function run(progress: BenchProgress = benchProgress()): Promise<void> {
  const stages = benchStages('browserPull', progress);
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    await browserPull(dir, stages, progress);
    progress.figures.push({ name: 'load average after the pull in Chromium', value: loadAverage(), unit: '(1 min)' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The same initial pull in Chromium on Dexie: the endpoint serves the bench page, so the page is same-origin with the API. */
async function browserPull(dataDir: string, stages: BenchStages, progress: BenchProgress): Promise<void> {
  await stages.run('build the bench page', () =>
    build({ root: PAGE_ROOT, logLevel: 'warn', build: { outDir: PAGE_OUT, emptyOutDir: true } }),
  );
  const { server, admin } = await startServer({ dataDir }, { webRoot: PAGE_OUT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const team = await createTeam(admin);
    const docs = BROWSER_PULL_DOCS.toLocaleString('en-US');
    await stages.run(`push ${docs} clients`, () => pushClients([team.manager], team, BROWSER_PULL_DOCS));
    const page = await browser.newPage();
    const query = new URLSearchParams({
      user: team.managerUser.username,
      password: TEST_PASSWORD,
      office: team.office.name,
    });
    const figures = await stages.run(
      `initial pull of ${docs} clients in Chromium`,
      () => benchPageFigures(page, `${server.url}/?${query.toString()}`, 'browserPull', 1_200_000),
      1_260,
    );
    progress.figures.push(...figures);
  } finally {
    await browser.close();
    await server.close();
  }
}
