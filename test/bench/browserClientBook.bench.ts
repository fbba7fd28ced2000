import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { benchPageFigures } from './benchPage';
import type { BenchFigure } from './figure';
import { benchProgress, type BenchProgress } from './progress';

const root = join(dirname(fileURLToPath(import.meta.url)), 'browser');
const outDir = join(root, '..', '..', '..', 'dist-bench', 'clientBook');
/** `BENCH_BOOK_CLIENTS` measures a smaller book where filling 100,000 takes too long. */
const clients = Number(process.env.BENCH_BOOK_CLIENTS ?? 100_000);

/** Builds the client book bench page, serves it on loopback and reads its figures from real Chromium. */
export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'clientBook.html') } },
  });
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  // A profile on disk: a fresh context is incognito, whose IndexedDB lives in memory under a quota
  // that 100,000 clients with their claims and search tokens may exceed.
  const profile = await mkdtemp(join(tmpdir(), 'claimdesk-bench-book-'));
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('bench server has no address');
  try {
    // The fill's figures are kept even if the measuring run fails.
    progress.figures.push(
      ...(await inChromium(profile, `${address}clientBook.html?phase=fill&name=book&clients=${clients}`)),
    );
    progress.figures.push(
      ...(await inChromium(profile, `${address}clientBook.html?phase=measure&name=book&clients=${clients}`)),
    );
    return progress.figures;
  } finally {
    await rm(profile, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** One page load in Chromium on the given profile, until the page reports its figures. */
async function inChromium(profile: string, url: string): Promise<BenchFigure[]> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    return await benchPageFigures(page, url, 'browserClientBook', 3_600_000);
  } finally {
    await context.close();
  }
}
