import { expect, test } from './fixtures';

test('switching to Russian changes the interface and is remembered', async ({ app, page }) => {
  await expect(page.getByTestId('nav-clients')).toHaveText('Clients');
  await app.switchLanguage('Русский');
  await expect(page.getByTestId('nav-clients')).toHaveText('Клиенты');
  await expect(page.getByTestId('nav-new-client')).toHaveText('Новый клиент');
  await expect(page.getByTestId('book-empty')).toContainText('Клиентов пока нет');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await page.reload();
  await expect(page.getByTestId('nav-clients')).toHaveText('Клиенты');
  await app.startNewClient();
  await expect(page.getByRole('textbox', { name: 'ФИО' })).toBeVisible();
});

test('messages already on screen are re-worded when the language changes', async ({ app, page }) => {
  await app.startNewClient();
  await app.fillClient({ fullName: 'Пётр', phones: ['12345'], emails: ['petr@'] });
  await page.getByTestId('client-save').click();
  await expect(page.getByTestId('client-phone')).toContainText('“12345”');
  await expect(page.getByTestId('form-error')).toContainText('The client was not saved');

  await app.switchLanguage('Русский');
  await expect(page.getByTestId('client-phone')).toContainText('«12345»');
  await expect(page.getByTestId('client-email')).toContainText('«petr@»');
  await expect(page.getByTestId('form-error')).toContainText('Клиент не сохранён');
});
