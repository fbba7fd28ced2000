import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import type { BenchFigure } from './figure';

const root = join(dirname(fileURLToPath(import.meta.url)), 'browser');
const outDir = join(root, '..', '..', '..', 'dist-bench');

/** Builds the bench page, serves it on loopback and reads its figures from real Chromium. */
export async function run(): Promise<BenchFigure[]> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const address = server.resolvedUrls?.local[0];
    if (!address) throw new Error('bench server has no address');
    await page.goto(`${address}?claims=100000&checks=1000`);
    await page.waitForFunction(() => window.benchDone !== undefined, undefined, { timeout: 600_000, polling: 500 });
    const done = await page.evaluate(() => window.benchDone!);
    if ('error' in done) throw new Error(done.error);
    return done.figures;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
