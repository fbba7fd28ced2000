// The README's screenshots: an office manager's working day in Russian at 1366×768, with a real
// endpoint, a colleague's duplicate and the case it opened. Run by `npm run screenshots`.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { NodeOffice } from '../e2e/nodeOffice';
import { expectNothingOverflows, openSettings } from '../e2e/shellLayout';
import { expect, test } from '../e2e/syncFixtures';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const OFFICE = 'Москва, Тверская';

async function shot(page: Page, name: string): Promise<void> {
  await expectNothingOverflows(page, name);
  // Toasts of earlier steps would cover the screen: closed as the user would.
  // (All at once in the page: some close by themselves meanwhile.)
  await page
    .locator('.mantine-Notification-closeButton')
    .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  // The pointer rests off the top bar, so no tooltip is caught in the picture.
  await page.mouse.move(680, 700);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

test('main screens', async ({ agency, workstation }) => {
  const suffix = randomUUID().slice(0, 6);
  // The endpoint is this run's own, so the office's name needs no suffix.
  const office = await agency.endpoint.createOffice(OFFICE);
  const anna = await agency.endpoint.createUser(office, `anna-${suffix}`, 'Анна Смирнова');
  const boris = await agency.endpoint.createUser(office, `boris-${suffix}`, 'Борис Петров');

  const ws = await workstation();
  const { page } = ws;
  await page.setViewportSize({ width: 1366, height: 768 });
  await ws.signIn(anna);
  await page.getByTestId('notify-prompt-later').click();
  await ws.switchLanguage('Русский');

  const clients = [
    { fullName: 'Пётр Иванов', phones: ['+7 916 123-45-67'], emails: ['petr.ivanov@gmail.com'] },
    { fullName: 'Ольга Сидорова', phones: ['+7 903 765-43-21'], company: 'ООО «Ромашка-Тур»' },
    { fullName: 'Ильнур Хабибуллин', phones: ['+7 843 200-00-00'] },
    { fullName: 'Мария Кузнецова', emails: ['m.kuznetsova@yandex.ru'] },
  ];
  for (const client of clients) await ws.createClient(client);
  await ws.expectStatus('online', 0);

  // A colleague adds the same person: the endpoint opens a case and it reaches Anna live.
  const colleague = await NodeOffice.signIn(agency.endpoint.url, boris, office.name);
  try {
    await colleague.save({ fullName: 'Петр Иванов', phones: ['8 916 123 45 67'] });
    await colleague.inSync();
  } finally {
    await colleague.close();
  }
  await expect(page.getByTestId('nav-cases-badge')).toHaveText('1');

  await ws.openBook();
  await shot(page, 'client-book');
  await ws.openClient('Пётр Иванов');
  await shot(page, 'client-page');
  await ws.startNewClient();
  await ws.fillClient({ fullName: 'Пётр Иванович', phones: ['+7 916 123-45-67'] });
  await ws.checkDone();
  await shot(page, 'new-client');
  await page.getByTestId('nav-cases').click();
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await shot(page, 'cases');
  await page.getByTestId('case-row').first().click();
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await shot(page, 'case');
  await page.getByTestId('nav-regulations').click();
  await expect(page.getByTestId('regulations-screen')).toBeVisible();
  await shot(page, 'regulations');
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('reports-screen')).toBeVisible();
  await shot(page, 'reports');
  await openSettings(ws);
  await shot(page, 'settings');
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-menu-dropdown')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'user-menu.png') });
});
