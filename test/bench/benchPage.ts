// Reading a bench page's figures from Chromium. A page that cannot load (its script 404s, the
// server refuses it, the tab crashes) fails the bench at once instead of waiting out the timeout.
import type { Page } from '@playwright/test';
import type { BenchFigure } from './figure';

// What the page itself is made of; its API calls may fail on purpose and are the page's to report.
const PAGE_PARTS = new Set(['document', 'script', 'stylesheet']);

/** Opens `url` and waits up to `timeoutMs` for the page to report; `label` prefixes what the page logs. */
export async function benchPageFigures(
  page: Page,
  url: string,
  label: string,
  timeoutMs: number,
): Promise<BenchFigure[]> {
  let fail: (error: Error) => void = () => undefined;
  const broken = new Promise<never>((_, reject) => {
    fail = reject;
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const what = `${response.status()} for ${response.url()}`;
    if (PAGE_PARTS.has(response.request().resourceType())) fail(new Error(`the bench page got ${what}`));
    else process.stdout.write(`  [${label}] ${what}\n`);
  });
  page.on('requestfailed', (request) => {
    if (PAGE_PARTS.has(request.resourceType()))
      fail(new Error(`the bench page could not load ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  });
  page.on('crash', () => fail(new Error('the bench page crashed')));
  page.on('pageerror', (error) => process.stdout.write(`  [${label}] page error: ${error.message}\n`));
  page.on('console', (message) => {
    if (message.type() === 'error') process.stdout.write(`  [${label}] page console: ${message.text()}\n`);
  });
  const loaded = async (): Promise<BenchFigure[]> => {
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`the bench page ${url} answered ${response?.status() ?? 'nothing'}`);
    await page.waitForFunction(() => window.benchDone !== undefined, undefined, { timeout: timeoutMs, polling: 500 });
    const done = await page.evaluate(() => window.benchDone!);
    if ('error' in done) throw new Error(done.error);
    return done.figures;
  };
  return Promise.race([loaded(), broken]);
}
