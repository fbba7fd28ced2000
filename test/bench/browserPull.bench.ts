import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { createTeam, TEST_PASSWORD } from '../integration/api';
import { startServer } from '../integration/testServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import type { BenchFigure } from './figure';
import { pushClients } from './pushClients';
import { benchStages, loadAverage } from './stage';

const BROWSER_PULL_DOCS = 20_000;
const BROWSER_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'browser');
const BROWSER_OUT = join(BROWSER_ROOT, '..', '..', '..', 'dist-bench', 'pull');

export async function run(): Promise<BenchFigure[]> {
  const stages = benchStages('browserPull');
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  try {
    const figures = await browserPull(dir, stages);
    return [...figures, { name: 'load average after the pull in Chromium', value: loadAverage(), unit: '(1 min)' }];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The same initial pull in Chromium on Dexie: the endpoint serves the bench page, so the page is same-origin with the API. */
async function browserPull(dataDir: string, stages: ReturnType<typeof benchStages>): Promise<BenchFigure[]> {
  await stages.run('build the bench page', () =>
    build({
      root: BROWSER_ROOT,
      logLevel: 'warn',
      build: { outDir: BROWSER_OUT, emptyOutDir: true, rollupOptions: { input: join(BROWSER_ROOT, 'pull.html') } },
    }),
  );
  const { server, admin } = await startServer({ dataDir }, { webRoot: BROWSER_OUT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const team = await createTeam(admin);
    await stages.run(`push ${BROWSER_PULL_DOCS.toLocaleString('en-US')} clients`, () =>
      pushClients([team.manager], team, BROWSER_PULL_DOCS),
    );
    const page = await browser.newPage();
    // A page that fails or hangs says why in the bench's output.
    page.on('pageerror', (error) => process.stdout.write(`  [browserPull] page error: ${error.message}\n`));
    page.on('console', (message) => {
      if (message.type() === 'error') process.stdout.write(`  [browserPull] page console: ${message.text()}\n`);
    });
    await page.goto(
      `${server.url}/pull.html?user=${encodeURIComponent(team.managerUser.username)}&password=${encodeURIComponent(TEST_PASSWORD)}&office=${encodeURIComponent(team.office.name)}`,
    );
    const done = await stages.run(
      `initial pull of ${BROWSER_PULL_DOCS.toLocaleString('en-US')} clients in Chromium`,
      async () => {
        await page.waitForFunction(() => window.benchDone !== undefined, undefined, { timeout: 0, polling: 500 });
        return page.evaluate(() => window.benchDone!);
      },
      1200,
    );
    if ('error' in done) throw new Error(done.error);
    return done.figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
