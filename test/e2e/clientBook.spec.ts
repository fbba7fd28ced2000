import { expect, ME, test } from './fixtures';

test('a new client can be found in the client book', async ({ app, page }) => {
  await expect(page.getByTestId('book-empty')).toContainText('No clients yet');
  await app.createClient({
    fullName: 'Petr Ivanov',
    phones: ['+7 916 123-45-67'],
    emails: ['petr@romashka-tour.ru'],
    company: 'Romashka Tour',
  });

  await app.openBook();
  const rows = await app.search('Ivanov');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Petr Ivanov');
  await expect(rows.first()).toContainText('+7 916 123 45 67');
  await expect(rows.first()).toContainText('Romashka Tour');
});

test('search finds a client by a phone typed in another format, and by a name in another script', async ({ app }) => {
  await app.createClient({ fullName: 'Пётр Иванов', phones: ['+7 916 123-45-67'] });
  await app.createClient({ fullName: 'Olga Sidorova', phones: ['+7 903 111-22-33'] });
  await app.openBook();

  for (const query of ['8 (916) 123 45 67', '89161234567', '+79161234567']) {
    const rows = await app.search(query);
    await expect(rows, `search for ${query}`).toHaveCount(1);
    await expect(rows.first()).toContainText('Пётр Иванов');
  }
  const byLatinName = await app.search('Petr');
  await expect(byLatinName).toHaveCount(1);
  await expect(byLatinName.first()).toContainText('Пётр Иванов');
});

test('clients survive a page reload', async ({ app, page }) => {
  await app.createClient({ fullName: 'Irina Volkova', phones: ['+7 921 555-44-33'], emails: ['irina@volkova.ru'] });
  await page.reload();
  await expect(page.getByTestId('client-page')).toBeVisible();
  await expect(page.getByTestId('client-name')).toHaveText('Irina Volkova');

  await app.openBook();
  const rows = await app.search('');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Irina Volkova');
  await expect(page.getByTestId('signed-in-as')).toHaveText(`${ME.userName} · ${ME.officeName}`);
});
