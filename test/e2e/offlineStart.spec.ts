// The web app, served by the endpoint, opens from a cold start with the network gone: its service
// worker keeps the built app shell, and the office's data is in the browser's own database.
import { expect, test } from './syncFixtures';

test('once loaded, the web app reopens offline and takes a new client', async ({ workstation }) => {
  const ws = await workstation();
  const { page, context } = ws;
  await ws.setUpAlone();
  const active = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated')
      await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    return worker.state;
  });
  expect(active).toBe('activated');

  // An API answer fetched while the worker runs is never kept by it.
  await page.evaluate(() => fetch('./api/v1/health'));
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(cached.some((url) => url.endsWith('/index.html'))).toBe(true);
  expect(cached.filter((url) => new URL(url).pathname.startsWith('/api'))).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('client-book')).toBeVisible();
  await ws.createClient({ fullName: 'Olga Sidorova', phones: ['+7 903 765-43-21'] });
  await ws.openBook();
  await expect(page.getByTestId('client-row').filter({ hasText: 'Olga Sidorova' })).toBeVisible();
});

test('the endpoint serves the worker uncached, and its policy lets it run', async ({ agency, request }) => {
  const worker = await request.get(`${agency.endpoint.url}/sw.js`);
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toMatch(/javascript/);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-security-policy']).toMatch(/worker-src 'self'/);
  expect(await worker.text()).toContain('index.html');
});
