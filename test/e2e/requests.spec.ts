import { expect, test } from './syncFixtures';

// The endpoint is shared by a worker's tests: numbers of this test's own.
const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
const HUSBAND = `+7 916 1${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`;
const WIFE = `+7 903 2${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`;
/** The wife's number as Office 2 hears it on the phone. */
const WIFE_AS_HEARD = `8 (903) 2${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
const STRANGER = `+7 925 3${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`;

test('a spouse calls Office 2 from her own number: the request lands with Petya in Office 1, who is told at once', async ({
  agency,
  workstation,
}) => {
  const [petya] = await agency.office('Office1', 1);
  const office2 = await agency.office('Office2', 2);
  const a = await workstation({ recordNotifications: true });
  const b = await workstation();
  await a.signIn(petya!);
  await b.signIn(office2[0]!);

  // Petya's client and his wife, linked as one family.
  await a.createClient({ fullName: 'Ivanov Petr', phones: [HUSBAND] });
  await a.createClient({ fullName: 'Ivanova Maria', phones: [WIFE] });
  await a.page.getByTestId('household-link').click();
  await a.page.getByTestId('household-search').fill('Ivanov');
  await a.page.getByTestId('household-candidate').filter({ hasText: 'Ivanov Petr' }).getByRole('button').click();
  await expect(a.page.getByTestId('household-member')).toHaveCount(1);
  await a.expectStatus('online', 0);
  await a.page.getByTestId('nav-requests').click();
  await expect(a.page.getByTestId('requests-empty')).toBeVisible();

  // Office 2 takes her call.
  await b.page.getByTestId('nav-requests').click();
  await b.page.getByTestId('take-request-open').click();
  await b.page.getByTestId('request-submit').click();
  await expect(b.page.getByTestId('take-request')).toContainText('Give a phone or an e-mail');
  await b.page.getByTestId('request-name').fill('Maria');
  await b.page.getByTestId('request-phones').fill(WIFE_AS_HEARD);
  await b.page.getByTestId('request-note').fill('Turkey, 12–19 June, two adults');
  // Before saving, the person on the phone already sees where it will go.
  await expect(b.page.getByTestId('request-preview')).toHaveAttribute('data-route', 'household');
  await expect(b.page.getByTestId('request-preview')).toContainText(`The request will go to ${petya!.name}`);
  await b.page.getByTestId('request-submit').click();
  const routed = b.page.getByTestId('request-routed');
  await expect(routed).toHaveAttribute('data-route', 'household');
  await expect(routed).toContainText(`The request went to ${petya!.name}`);
  await expect(routed).toContainText('household of Ivanov P.');

  // Petya hears of it and finds it in his inbox; a click on the notification opens it.
  await expect
    .poll(async () => (await a.notifications()).map((n) => n.title), { timeout: 30_000, intervals: [100] })
    .toContain('New request');
  const notice = (await a.notifications()).find((n) => n.title === 'New request')!;
  expect(notice.body).toBe('Your client Ivanov P. · Call · Turkey, 12–19 June, two adults');
  const row = a.page.getByTestId('request-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-route', 'household');
  await row.getByTestId('request-in-work').click();
  await expect(row).toHaveAttribute('data-state', 'inWork');
  await expect(row).toContainText('First response after');
  // One step from the request to the client it belongs to: the wife's own record.
  await row.getByTestId('request-open-client').click();
  await expect(a.page.getByTestId('client-name')).toHaveText('Ivanova Maria');

  // A stranger's call goes to the next free manager of Office 2, never to Office 1.
  await b.page.getByTestId('request-phones').fill(STRANGER);
  await b.page.getByTestId('request-submit').click();
  await expect(routed).toHaveAttribute('data-route', 'freeDesk');
  await expect(routed).toContainText(/The request went to Office2 Manager [12]/);
});
