// An admin runs the agency from the app: creates an office and renames it, adds a person with a
// generated password, makes them a lead, sets a typed password, closes and reopens the office and
// disables the person — and the endpoint agrees at every step (the person signs in from Node, then no
// longer can); the look-up budget and the endpoint's health (with this very computer) show in Russian too.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createEndpointClient } from '../../shared/endpoint';
import type { Office } from '../../shared/sync';
import { nodeHttp } from '../support/nodeHttp';
import { expectNothingOverflows, OFFICE_SCREENS } from './shellLayout';
import { expect, test } from './syncFixtures';

async function signsIn(url: string, username: string, password: string): Promise<boolean> {
  return (await createEndpointClient({ baseUrl: url, http: nodeHttp() }).login(username, password)).ok;
}

async function personAction(page: Page, username: string, action: string): Promise<void> {
  await page.locator(`[data-testid="person-row"][data-username="${username}"]`).getByTestId('person-actions').click();
  await page.getByTestId(action).click();
}

test('an admin creates and renames an office, adds a person, changes their role, resets and disables', async ({
  agency,
  workstation,
}) => {
  const [anna] = await agency.office('Console', 1);
  const suffix = randomUUID().slice(0, 6);
  const admin = await agency.endpoint.createUser(
    { id: anna!.officeId } as Office,
    `admin-${suffix}`,
    `Admin ${suffix}`,
    'admin',
  );
  const url = agency.endpoint.url;
  const ws = await workstation();
  const { page } = ws;
  await page.setViewportSize(OFFICE_SCREENS[0]);
  await ws.fillSignIn(admin);
  await expect(page.getByTestId('client-book')).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('admin-screen')).toBeVisible();

  await page.getByTestId('admin-new-office').click();
  await page.getByTestId('office-name-input').fill(`Branch ${suffix}`);
  await page.getByTestId('office-save').click();
  const branch = page.locator(`[data-testid="office-row"][data-name="Branch ${suffix}"]`);
  await expect(branch).toContainText('0 active');
  await branch.getByTestId('office-rename').click();
  await page.getByTestId('office-name-input').fill(`Riverside ${suffix}`);
  await page.getByTestId('office-save').click();
  const riverside = page.locator(`[data-testid="office-row"][data-name="Riverside ${suffix}"]`);
  await expect(riverside).toBeVisible();
  await expect(branch).toHaveCount(0);

  // A person with a generated password, shown once.
  const username = `olga-${suffix}`;
  await page.getByTestId('admin-new-person').click();
  await page.getByTestId('person-save').click();
  await expect(page.getByText('Enter the name (at most 200 characters).')).toBeVisible();
  await page.getByTestId('person-name').fill(`Olga ${suffix}`);
  await page.getByTestId('person-username').fill(username);
  await page.getByTestId('person-office').click();
  await page.getByRole('option', { name: `Riverside ${suffix}`, exact: true }).click();
  await page.getByTestId('person-save').click();
  const generated = (await page.getByTestId('new-password').textContent()) ?? '';
  expect(generated).toHaveLength(16);
  expect(await signsIn(url, username, generated)).toBe(true);
  const olga = page.locator(`[data-testid="person-row"][data-username="${username}"]`);
  await expect(olga.getByTestId('person-role-cell')).toHaveText('Manager');
  await expect(olga.getByTestId('person-office-cell')).toHaveText(`Riverside ${suffix}`);
  await expect(riverside).toContainText('1 active');
  await expectNothingOverflows(page, 'admin, en');

  await personAction(page, username, 'person-place');
  await page.getByTestId('placement-role').click();
  await page.getByRole('option', { name: 'Lead', exact: true }).click();
  await page.getByTestId('placement-save').click();
  await expect(olga.getByTestId('person-role-cell')).toHaveText('Lead');
  const directory = await createEndpointClient({ baseUrl: url, http: nodeHttp() });
  await directory.login(username, generated);
  expect((await directory.directory()).ok).toBe(true);

  // A typed password, held to the endpoint's rules first.
  await personAction(page, username, 'person-password');
  await page.getByTestId('password-mode').getByText('Type one').click();
  await page.getByTestId('password-typed').fill('short');
  await page.getByTestId('password-save').click();
  await expect(page.getByText('A password needs at least 10 characters.')).toBeVisible();
  await page.getByTestId('password-typed').fill('a typed password 1');
  await page.getByTestId('password-save').click();
  await expect(page.getByTestId('password-save')).toHaveCount(0);
  expect(await signsIn(url, username, 'a typed password 1')).toBe(true);
  expect(await signsIn(url, username, generated)).toBe(false);

  // The whole office closed, then opened again: the person's own sign-in comes back with it.
  await riverside.getByTestId('office-disable').click();
  await page.getByTestId('office-disable-confirm').click();
  await expect(riverside.getByTestId('office-closed')).toHaveText('Office disabled');
  expect(await signsIn(url, username, 'a typed password 1')).toBe(false);
  await riverside.getByTestId('office-enable').click();
  await page.getByTestId('office-enable-confirm').click();
  await expect(riverside.getByTestId('office-closed')).toHaveCount(0);
  expect(await signsIn(url, username, 'a typed password 1')).toBe(true);

  await personAction(page, username, 'person-disable');
  await page.getByTestId('disable-confirm').click();
  await expect(olga.getByTestId('person-status')).toHaveText('Disabled');
  expect(await signsIn(url, username, 'a typed password 1')).toBe(false);
  await expect(riverside).toContainText('0 active · 1 disabled');

  // The look-up budget and its use, in Russian, at the smaller office screen.
  await ws.switchLanguage('Русский');
  await page.getByTestId('admin-tab-lookups').click();
  await expect(page.getByTestId('budget-per-hour')).toBeVisible();
  await expectNothingOverflows(page, 'admin lookups, ru');
  await page.getByTestId('admin-tab-people').click();
  await expect(olga.getByTestId('person-status')).toHaveText('Отключён');
  await expectNothingOverflows(page, 'admin, ru');

  // Health: the admin's own session is open; the disabled person has none left.
  await page.getByTestId('admin-tab-health').click();
  const health = (name: string) => page.locator(`[data-testid="health-person"][data-name="${name}"]`);
  await expect(health(`Admin ${suffix}`).getByTestId('health-sessions')).toHaveText('1');
  await expect(health(`Olga ${suffix}`).getByTestId('health-sessions')).toHaveText('0');
  await expect(health(`Olga ${suffix}`).getByTestId('health-last-push')).toHaveText('нет');
  // The admin's computer is this browser: it has synced, and said that nothing waits unsent.
  const computer = page.locator(`[data-testid="health-workstation"][data-name="Admin ${suffix}"]`);
  await expect(computer.getByTestId('health-workstation-app')).toHaveText(/^браузер · \S+ · версия \d+\.\d+\.\d+$/u);
  await expect(computer.getByTestId('health-workstation-pending')).toHaveText('0');
  await expect(computer.getByTestId('health-workstation-sync')).not.toHaveText('нет');
  await expect(page.getByTestId('health-version')).toHaveText(/^\d+\.\d+\.\d+$/u);
  await expectNothingOverflows(page, 'admin health, ru');

  // Disabled by mistake: enabled again, she signs in with the password she had.
  await page.getByTestId('admin-tab-people').click();
  await personAction(page, username, 'person-enable');
  await page.getByTestId('enable-confirm').click();
  await expect(olga.getByTestId('person-status')).toHaveText('Работает');
  expect(await signsIn(url, username, 'a typed password 1')).toBe(true);
});
