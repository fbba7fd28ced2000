import { expect, ME, test } from './fixtures';

test('a phone typed in another format shows who owns the client before saving', async ({ app, page }) => {
  await app.createClient({ fullName: 'Petr Ivanov', phones: ['+7 916 123-45-67'] });

  await app.startNewClient();
  await app.fillClient({ fullName: 'Maria Petrova', phones: ['8 (916) 1234567'] });
  await app.checkDone();

  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toBeVisible();
  const match = warning.getByTestId('duplicate-match');
  await expect(match).toHaveCount(1);
  await expect(match).toContainText(ME.userName);
  await expect(match).toContainText(ME.officeName);
  await expect(match).toContainText('Petr I.');
  await expect(match).toContainText('phone +7 916 ***-**-67');
  await expect(match).toContainText(/last activity today/);
  // Nothing was saved by the check itself.
  await expect(page.getByTestId('client-form')).toBeVisible();
  await app.openBook();
  await expect(await app.search('Petrova')).toHaveCount(0);
});

test('a similar name alone is a quiet hint, not a warning', async ({ app, page }) => {
  await app.createClient({ fullName: 'Пётр Иванов', phones: ['+7 916 123-45-67'] });

  await app.startNewClient();
  await app.fillClient({ fullName: 'Petr Ivanov', phones: ['+7 903 765-43-21'] });
  await app.checkDone();

  await expect(page.getByTestId('name-hints')).toBeVisible();
  await expect(page.getByTestId('name-hint')).toContainText('Пётр Иванов');
  await expect(page.getByTestId('duplicate-warning')).toHaveCount(0);
});

test('saving a duplicate is allowed: the warning informs, it does not block', async ({ app, page }) => {
  await app.createClient({ fullName: 'Petr Ivanov', phones: ['+7 916 123-45-67'] });
  await app.startNewClient();
  await app.fillClient({ fullName: 'Petr Ivanov Jr', phones: ['89161234567'] });
  await app.checkDone();
  await expect(page.getByTestId('duplicate-warning')).toBeVisible();
  await page.getByTestId('client-save').click();
  await expect(page.getByTestId('client-name')).toHaveText('Petr Ivanov Jr');
});
