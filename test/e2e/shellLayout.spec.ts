// The app's frame at the office screens it is used on (1366×768 desktops, 1280×720 laptops), in
// Russian and English: on every main screen and in the longest states (a large cases badge,
// offline with changes waiting, a long name), nothing in the top bar is cut or off-screen and the
// page never scrolls sideways. Measured by geometry, not by eye.
import { test as plain } from '@playwright/test';
import { AppDriver } from './fixtures';
import { NodeOffice } from './nodeOffice';
import { expectNothingOverflows, LANGUAGES, MAIN_SCREENS, OFFICE_SCREENS, openSettings, setUpAs } from './shellLayout';
import { expect, test } from './syncFixtures';

const PEOPLE = {
  ru: { userName: 'Анна Смирнова', officeName: 'Москва, Тверская', client: 'Пётр Иванов' },
  en: { userName: 'Anna Smirnova', officeName: 'Moscow, Tverskaya St.', client: 'Petr Ivanov' },
} as const;

const LONG_NAME = 'Александра-Виктория Константиновна Преображенская-Голенищева';
const LONG_OFFICE = 'Санкт-Петербург, Невский проспект, 28, офис продаж';

for (const size of OFFICE_SCREENS) {
  for (const language of LANGUAGES) {
    plain.describe(`${size.width}×${size.height}, ${language.code}`, () => {
      plain.use({ viewport: size, locale: language.locale });

      plain('every main screen fits the top bar and the width', async ({ page }) => {
        const app = new AppDriver(page);
        const person = PEOPLE[language.code];
        await page.goto('/');
        await setUpAs(app, person.userName, person.officeName);
        await expectNothingOverflows(page, 'first screen');
        await app.createClient({ fullName: person.client, phones: ['+7 916 123-45-67'] });
        for (const screen of MAIN_SCREENS) {
          await screen.open(app);
          await expectNothingOverflows(page, screen.name);
        }
      });
    });
  }
}

for (const language of LANGUAGES) {
  plain.describe(`a long name, ${language.code}`, () => {
    plain.use({ viewport: OFFICE_SCREENS[0], locale: language.locale });

    plain('truncates in the user menu, shows in full on hover and in the menu', async ({ page }) => {
      const app = new AppDriver(page);
      await page.goto('/');
      await setUpAs(app, LONG_NAME, LONG_OFFICE);
      await expectNothingOverflows(page, 'book');
      const name = page.getByTestId('signed-in-as');
      expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await page.getByTestId('user-menu').hover();
      await expect(page.getByRole('tooltip')).toContainText(LONG_NAME);
      await openSettings(app);
      await expectNothingOverflows(page, 'settings');
      await page.getByTestId('user-menu').click();
      await expect(page.getByTestId('user-menu-name')).toHaveText(LONG_NAME);
      const dropdown = await page.getByTestId('user-menu-dropdown').boundingBox();
      expect(dropdown!.x + dropdown!.width).toBeLessThanOrEqual(OFFICE_SCREENS[0].width);
    });
  });
}

test('offline with a change waiting, in both languages, at 1280×720', async ({ agency, workstation }) => {
  const [anna] = await agency.office('Layout', 1);
  const ws = await workstation();
  await ws.page.setViewportSize(OFFICE_SCREENS[0]);
  await ws.signIn(anna!);
  await ws.context.setOffline(true);
  await ws.expectStatus('offline');
  await ws.createClient({ fullName: 'Olga Sidorova', phones: ['+7 903 765-43-21'] });
  await ws.expectStatus('offline', 1);
  await expect(ws.page.getByTestId('sync-pending-badge')).toHaveText('1');
  await expectNothingOverflows(ws.page, 'offline, en');
  await ws.status.hover();
  await expect(ws.page.getByRole('tooltip')).toContainText('Offline · 1 change waiting');

  await ws.switchLanguage('Русский');
  await expectNothingOverflows(ws.page, 'offline, ru');
  await ws.status.hover();
  await expect(ws.page.getByRole('tooltip')).toContainText('Нет связи · 1 изменение ждёт');
  await ws.status.click();
  await expect(ws.page.getByTestId('sync-pending-text')).toHaveText('1 изменение ждёт отправки');
});

test('a hundred new cases show as 99+ and the top bar still fits', async ({ agency, workstation }) => {
  test.setTimeout(180_000);
  const [anna, boris] = await agency.office('Busy', 2);
  const annaNode = await NodeOffice.signIn(agency.endpoint.url, anna!, 'Busy');
  const borisNode = await NodeOffice.signIn(agency.endpoint.url, boris!, 'Busy');
  try {
    for (let i = 0; i < 100; i++) {
      await annaNode.save({ fullName: `Client ${i}`, phones: [`+7916${String(4_000_000 + i)}`] });
    }
    await annaNode.inSync();
    for (let i = 0; i < 100; i++) {
      await borisNode.save({ fullName: `Same client ${i}`, phones: [`+7916${String(4_000_000 + i)}`] });
    }
    await borisNode.inSync();
  } finally {
    await annaNode.close();
    await borisNode.close();
  }

  const ws = await workstation();
  await ws.page.setViewportSize(OFFICE_SCREENS[0]);
  await ws.signIn(anna!);
  await expect(ws.page.getByTestId('nav-cases')).toHaveAttribute('data-unseen', /^(\d{3,})$/);
  await expect(ws.page.getByTestId('nav-cases-badge')).toHaveText('99+');
  await expectNothingOverflows(ws.page, 'badge, en');
  await ws.switchLanguage('Русский');
  await expectNothingOverflows(ws.page, 'badge, ru');
  await ws.page.setViewportSize(OFFICE_SCREENS[1]);
  await expectNothingOverflows(ws.page, 'badge, ru, 1366');
});
