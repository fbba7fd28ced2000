import { expect, test } from './fixtures';

test('an invalid phone and email are explained under the fields and nothing is saved', async ({ app, page }) => {
  await app.startNewClient();
  await app.fillClient({ fullName: 'Petr Invalid', phones: ['12345'], emails: ['petr@'] });

  // Leaving the phone field is enough to see what is wrong with it.
  const phone = page.getByTestId('client-phone-0');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('client-phone')).toContainText('“12345”');

  await page.getByTestId('client-save').click();
  await expect(page.getByTestId('form-error')).toContainText('The client was not saved');
  await expect(page.getByTestId('client-email-0')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('client-email')).toContainText('“petr@”');
  await expect(page.getByTestId('client-form')).toBeVisible();

  await page.reload();
  await app.openBook();
  await expect(page.getByTestId('book-empty')).toBeVisible();
  await expect(await app.search('Invalid')).toHaveCount(0);
});

test('a client without a name is not saved and the name field says why', async ({ app, page }) => {
  await app.startNewClient();
  await app.fillClient({ fullName: '', phones: ['+7 916 123-45-67'] });
  await page.getByTestId('client-save').click();
  await expect(page.getByText('Enter the client’s name.')).toBeVisible();
  await expect(page.getByTestId('client-fullName')).toHaveAttribute('aria-invalid', 'true');
});

test('a column of phones pasted from a spreadsheet becomes one entry per number', async ({ app, page }) => {
  await app.startNewClient();
  const phone = page.getByTestId('client-phone-0');
  await phone.focus();
  await phone.evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', '+7 916 123-45-67\r\n8 (903) 765-43-21\r\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('client-phone-0')).toHaveValue('+7 916 123-45-67');
  await expect(page.getByTestId('client-phone-1')).toHaveValue('8 (903) 765-43-21');
});
