import { expect, test } from './fixtures';

test('activities, households, editing and deleting on the client page', async ({ app, page }) => {
  await app.createClient({ fullName: 'Ivan Petrov', phones: ['+7 916 000-11-22'] });
  await app.createClient({ fullName: 'Elena Petrova', phones: ['+7 916 000-33-44'] });

  // Activity: newest first, with the author.
  await page.getByTestId('activity-note').fill('Asked about Turkey in June');
  await page.getByTestId('activity-add').click();
  const items = page.getByTestId('activity-item');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Call');
  await expect(items.first()).toContainText('Asked about Turkey in June');
  await expect(items.first()).toContainText('Anna Smirnova');

  // Same surname and numbers of one block: the husband is offered as family, never linked by itself.
  await expect(page.getByTestId('household-suggestion')).toContainText('Ivan Petrov');
  await expect(page.getByTestId('household-member')).toHaveCount(0);

  // Household: link the husband through the picker, then follow the link.
  await page.getByTestId('household-link').click();
  await page.getByTestId('household-search').fill('Ivan');
  await page.getByTestId('household-candidate').filter({ hasText: 'Ivan Petrov' }).getByRole('button').click();
  const member = page.getByTestId('household-member');
  await expect(member).toHaveCount(1);
  await member.getByRole('link', { name: 'Ivan Petrov' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Ivan Petrov');
  await expect(page.getByTestId('household-member')).toContainText('Elena Petrova');

  // Edit keeps the phone and updates the company.
  await page.getByTestId('client-edit').click();
  await expect(page.getByTestId('client-phone-0')).toHaveValue('+7 916 000 11 22');
  await page.getByTestId('client-company').fill('Petrov & Co');
  await page.getByTestId('client-save').click();
  await expect(page.getByTestId('client-company-view')).toHaveText('Petrov & Co');

  // Delete asks first.
  await page.getByTestId('client-delete').click();
  await page.getByTestId('client-delete-confirm').click();
  await expect(page.getByTestId('client-book')).toBeVisible();
  await expect(await app.search('Ivan Petrov')).toHaveCount(0);
});
