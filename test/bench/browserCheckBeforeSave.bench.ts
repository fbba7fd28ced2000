import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { benchPageFigures } from './benchPage';
import type { BenchFigure } from './figure';

const root = join(dirname(fileURLToPath(import.meta.url)), 'browser');
// A folder of its own: building into dist-bench itself would empty the other pages' builds.
const outDir = join(root, '..', '..', '..', 'dist-bench', 'checkBeforeSave');
/** `BENCH_CHECK_CLAIMS` measures a smaller index, to see the bench work without waiting for the full one. */
const claims = Number(process.env.BENCH_CHECK_CLAIMS ?? 100_000);

/** Builds the bench page, serves it on loopback and reads its figures from real Chromium. */
export async function run(): Promise<BenchFigure[]> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const address = server.resolvedUrls?.local[0];
    if (!address) throw new Error('bench server has no address');
    return await benchPageFigures(page, `${address}?claims=${claims}&checks=1000`, 'browserCheckBeforeSave', 600_000);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
