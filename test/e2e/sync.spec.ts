import { expect, test } from './syncFixtures';

test.describe('replication between workstations', () => {
  test('two workstations of one office converge after one works offline; another office never sees their clients', async ({
    agency,
    workstation,
  }) => {
    const [anna, boris] = await agency.office('Tverskaya', 2);
    const [other] = await agency.office('Kazan', 1);
    const a = await workstation();
    const b = await workstation();
    const c = await workstation();
    await a.signIn(anna!);
    await b.signIn(boris!);
    await c.signIn(other!);
    await expect(a.status).toContainText('Online');

    // A creates a client: it appears in B's book live, with nobody reloading anything.
    await a.createClient({ fullName: 'Petr Ivanov', phones: ['+7 916 123-45-67'] });
    await a.expectStatus('online', 0);
    await b.openBook();
    await expect(b.page.getByTestId('client-row').filter({ hasText: 'Petr Ivanov' })).toBeVisible();

    // B loses the network, edits the client and adds another: both wait, and the header says so.
    await b.context.setOffline(true);
    await b.expectStatus('offline');
    await expect(b.status).toContainText('Offline');
    await b.editClient('Petr Ivanov', { company: 'Acme Travel' });
    await b.createClient({ fullName: 'Olga Sidorova', phones: ['+7 903 765-43-21'] });
    await b.expectStatus('offline', 2);
    await expect(b.status).toContainText('2 changes waiting');
    await b.status.click();
    await expect(b.page.getByTestId('sync-pending-text')).toHaveText('2 changes waiting to be sent');
    await b.page.keyboard.press('Escape');

    // Meanwhile A edits another field of the same client.
    await a.editClient('Petr Ivanov', { notes: 'Prefers calls after 6 pm' });
    await a.expectStatus('online', 0);

    // B is back: its queue goes out, A's edit comes in, and both edits survive on both sides.
    await b.context.setOffline(false);
    await b.expectStatus('online', 0);
    await expect(b.status).not.toContainText('waiting');
    for (const ws of [a, b]) {
      await ws.openClient('Petr Ivanov');
      await expect(ws.page.getByTestId('client-company-view')).toHaveText('Acme Travel');
      await expect(ws.page.getByTestId('client-notes-view')).toContainText('Prefers calls after 6 pm');
    }
    await a.openBook();
    await expect(a.page.getByTestId('client-row').filter({ hasText: 'Olga Sidorova' })).toBeVisible();

    // The other office is connected and in sync, and has none of them.
    await c.createClient({ fullName: 'Ilnur Khabibullin', phones: ['+7 843 200-00-00'] });
    await c.expectStatus('online', 0);
    await c.openBook();
    await expect(c.page.getByTestId('client-row')).toHaveCount(1);
    await expect(await c.search('Ivanov')).toHaveCount(0);
    await expect(await c.search('Sidorova')).toHaveCount(0);
    await a.openBook();
    await expect(await a.search('Khabibullin')).toHaveCount(0);
  });
});

test.describe('signing in', () => {
  test('a wrong password is refused in words, and nothing is set up', async ({ agency, workstation }) => {
    const [anna] = await agency.office('Arbat', 1);
    const ws = await workstation();
    await ws.fillSignIn({ username: anna!.username, password: 'not the password' });
    await expect(ws.page.getByTestId('sign-in-error')).toHaveText(
      'Wrong username or password. Check the keyboard layout and Caps Lock.',
    );
    await expect(ws.page.getByTestId('sign-in-password')).toHaveValue('');
    await expect(ws.page.getByTestId('setup-screen')).toBeVisible();
  });

  test('before sending a password over plain http to another computer, it warns and waits', async ({ workstation }) => {
    const ws = await workstation();
    const sent: string[] = [];
    ws.page.on('request', (request) => {
      if (request.url().startsWith('http://sync.agency.example')) sent.push(request.url());
    });
    await ws.page.getByTestId('setup-sign-in').click();
    await ws.page.getByTestId('sign-in-endpoint').fill('http://sync.agency.example:8787');
    await ws.page.getByTestId('sign-in-username').fill('anna');
    await ws.page.getByTestId('sign-in-password').fill('secret password');
    await ws.page.getByTestId('sign-in-submit').click();
    const warning = ws.page.getByTestId('plain-http-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('This connection is not encrypted');
    await expect(ws.page.getByTestId('plain-http-confirm')).toBeVisible();
    // Going back to change the address sends nothing.
    await ws.page.getByTestId('plain-http-cancel').click();
    await expect(warning).toHaveCount(0);
    expect(sent).toEqual([]);
  });

  test('working alone says so in the header', async ({ workstation }) => {
    const ws = await workstation();
    await ws.setUpAlone();
    await ws.expectStatus('alone');
    await expect(ws.status).toContainText('Working alone');
  });
});
