// Geometry checks of the app's frame: what "nothing cut, nothing off-screen" means, measured in
// the page. Shared by the layout spec and the screenshot script.
import { expect, type Page } from '@playwright/test';
import type { AppDriver } from './fixtures';

export const OFFICE_SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

export const LANGUAGES = [
  { code: 'ru', locale: 'ru-RU' },
  { code: 'en', locale: 'en-US' },
] as const;

/** Every main screen, reached the way a user does: through the top bar (settings through the user menu). */
export const MAIN_SCREENS = [
  { name: 'book', open: (app: AppDriver) => app.openBook() },
  { name: 'newClient', open: (app: AppDriver) => app.startNewClient() },
  { name: 'client', open: (app: AppDriver) => openFirstClient(app) },
  { name: 'cases', open: (app: AppDriver) => openByNav(app, 'nav-cases', 'cases-inbox') },
  { name: 'requests', open: (app: AppDriver) => openByNav(app, 'nav-requests', 'requests-screen') },
  { name: 'regulations', open: (app: AppDriver) => openByNav(app, 'nav-regulations', 'regulations-screen') },
  { name: 'reports', open: (app: AppDriver) => openByNav(app, 'nav-reports', 'reports-screen') },
  { name: 'settings', open: (app: AppDriver) => openSettings(app) },
] as const;

async function openByNav(app: AppDriver, nav: string, screen: string): Promise<void> {
  await app.page.getByTestId(nav).click();
  await expect(app.page.getByTestId(screen)).toBeVisible();
}

async function openFirstClient(app: AppDriver): Promise<void> {
  await app.openBook();
  await app.page.getByTestId('client-row').first().click();
  await expect(app.page.getByTestId('client-page')).toBeVisible();
}

export async function openSettings(app: AppDriver): Promise<void> {
  await app.page.getByTestId('user-menu').click();
  await app.page.getByTestId('nav-settings').click();
  await expect(app.page.getByTestId('account-section')).toBeVisible();
}

export interface Overflow {
  what: string;
  detail: string;
}

/**
 * What sticks out: top-bar controls beyond the viewport, a horizontal scrollbar on the document,
 * and labels of the top bar cut short (their text wider than their box). Empty when all fits.
 */
export async function overflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { what: string; detail: string }[] = [];
    const viewport = document.documentElement.clientWidth;
    const bar = document.querySelector('[data-testid="top-bar"]');
    if (!bar) return [{ what: 'top bar', detail: 'missing' }];
    const name = (el: Element) =>
      el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
    for (const el of bar.querySelectorAll('button, a, [data-testid]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > viewport + 0.5 || box.left < -0.5)
        found.push({ what: name(el), detail: `spans ${box.left}..${box.right} of ${viewport}` });
    }
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > scroller.clientWidth)
      found.push({ what: 'document', detail: `scrollWidth ${scroller.scrollWidth} > ${scroller.clientWidth}` });
    // Labels that must read in full; the user's name is the one that may truncate (with a tooltip).
    const labels = bar.querySelectorAll(
      '[data-testid="nav-label"], .mantine-Button-label, .mantine-Badge-label, [data-testid="nav-cases-badge"]',
    );
    for (const el of labels) {
      if (el.closest('[data-testid="user-menu"]')) continue;
      if (el.scrollWidth > el.clientWidth)
        found.push({ what: `label "${el.textContent ?? ''}"`, detail: `${el.scrollWidth} > ${el.clientWidth}` });
    }
    return found;
  });
}

export async function expectNothingOverflows(page: Page, where: string): Promise<void> {
  expect(await overflows(page), where).toEqual([]);
}

/** First run with the profile form, by test ids so it works in any language. */
export async function setUpAs(app: AppDriver, userName: string, officeName: string): Promise<void> {
  const { page } = app;
  await expect(page.getByTestId('setup-screen')).toBeVisible({ timeout: 20_000 });
  const form = page.getByTestId('profile-form');
  await form.getByRole('textbox').nth(0).fill(userName);
  await form.getByRole('textbox').nth(1).fill(officeName);
  await page.getByTestId('profile-submit').click();
  await expect(page.getByTestId('client-book')).toBeVisible();
}
