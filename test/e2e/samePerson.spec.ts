import { expect, test } from './fixtures';

test('two records of one person: merged with both histories under one, then the merge undone', async ({
  app,
  page,
}) => {
  const find = async (query: string) => {
    await app.openBook();
    return app.search(query);
  };
  await app.createClient({ fullName: 'Igor Sokolov', phones: ['+7 916 555-10-20'], emails: ['igor@mail.ru'] });
  await page.getByTestId('activity-note').fill('First call about Antalya');
  await page.getByTestId('activity-add').click();
  await expect(page.getByTestId('activity-item')).toHaveCount(1);

  // The same person typed again with another number: a second record of one manager.
  await app.createClient({ fullName: 'Igor Sokolov', phones: ['+7 916 555-10-20', '+7 903 777-00-11'] });
  await page.getByTestId('activity-note').fill('Met in the office');
  await page.getByTestId('activity-add').click();
  await expect(page.getByTestId('activity-item')).toHaveCount(1);
  const second = await page.getByTestId('client-page').getAttribute('data-client-id');

  // The first record's page offers the second as the same person, by the shared phone.
  // Picked by the address only it has: the list may still show the last results for a moment.
  await (await find('igor@mail.ru')).filter({ hasText: 'igor@mail.ru' }).first().click();
  await expect(page.getByTestId('client-page')).not.toHaveAttribute('data-client-id', second!);
  const candidate = page.getByTestId('same-person-candidate');
  await expect(candidate).toHaveCount(1);
  await expect(candidate).toContainText('shared phone +7 916 ***-**-20');

  // Linking keeps both as they are.
  await candidate.getByTestId('same-person-link').click();
  await expect(candidate.getByTestId('same-person-linked')).toBeVisible();
  await expect(await find('Sokolov')).toHaveCount(2);
  // Picked by the address only it has: the list may still show the last results for a moment.
  await (await find('igor@mail.ru')).filter({ hasText: 'igor@mail.ru' }).first().click();

  // Merging: every phone and both histories under the survivor; the other record leaves the book.
  await page.getByTestId('same-person-merge').click();
  await expect(page.getByTestId('absorbed-record')).toHaveCount(1);
  await expect(page.getByTestId('client-phones')).toContainText('903');
  await expect(page.getByTestId('activity-item')).toHaveCount(2);
  await expect(page.getByTestId('activity-log')).toContainText('First call about Antalya');
  await expect(page.getByTestId('activity-log')).toContainText('Met in the office');
  await expect(page.getByTestId('same-person')).toHaveCount(0);
  await expect(await find('Sokolov')).toHaveCount(1);

  // The merged record says where it went, and undoes the merge from there.
  // Picked by the address only it has: the list may still show the last results for a moment.
  await (await find('igor@mail.ru')).filter({ hasText: 'igor@mail.ru' }).first().click();
  await page.getByTestId('absorbed-record').getByRole('link').click();
  await expect(page.getByTestId('client-merged')).toContainText('Igor Sokolov');
  await page.getByTestId('client-merge-undo').click();
  await expect(page.getByTestId('client-merged')).toHaveCount(0);
  await expect(page.getByTestId('activity-item')).toHaveCount(1);
  await expect(page.getByTestId('activity-log')).toContainText('Met in the office');

  // Both back: two records in the book, the first with its own phone and history only.
  await expect(await find('Sokolov')).toHaveCount(2);
  // Picked by the address only it has: the list may still show the last results for a moment.
  await (await find('igor@mail.ru')).filter({ hasText: 'igor@mail.ru' }).first().click();
  await expect(page.getByTestId('client-phones')).not.toContainText('903');
  await expect(page.getByTestId('activity-item')).toHaveCount(1);
  await expect(page.getByTestId('absorbed-records')).toHaveCount(0);
  await expect(page.getByTestId('same-person-candidate')).toHaveCount(1);
});
