// An admin imports a 10,000-row client base into an office from the app: the columns as read,
// the agency's check (one person is another office's client), a stop half-way, and the same file
// again, which continues where the first run stopped. Nothing is written twice or lost.
import { randomUUID } from 'node:crypto';
import { createEndpointClient } from '../../shared/endpoint';
import type { Office, SyncCheckpoint, SyncDocument } from '../../shared/sync';
import { nodeHttp } from '../support/nodeHttp';
import type { Account } from './endpoint';
import { expect, test } from './syncFixtures';

const ROWS = 10_000;
/** Another office's client, whose phone is also in the file. */
const SHARED_PHONE = '+79035550002';

function baseCsv(): string {
  const lines = ['ФИО;Мобильный телефон;Рабочий e-mail;Источник'];
  for (let i = 1; i <= ROWS; i++)
    lines.push(
      `Клиент ${i};+7 926 ${String(i)
        .padStart(7, '0')
        .replace(/(\d{3})(\d{2})(\d{2})/u, '$1-$2-$3')};;выставка`,
    );
  lines[ROWS] = `Общий Борис;${SHARED_PHONE};;сайт`;
  return lines.join('\r\n');
}

async function signedIn(url: string, account: Account) {
  const endpoint = createEndpointClient({ baseUrl: url, http: nodeHttp() });
  const login = await endpoint.login(account.username, account.password);
  if (!login.ok) throw new Error(`sign-in of ${account.username} failed`);
  return { transport: endpoint.sync(), user: login.value.user };
}

async function allClients(url: string, account: Account): Promise<SyncDocument<'clients'>[]> {
  const { transport } = await signedIn(url, account);
  const docs: SyncDocument<'clients'>[] = [];
  let checkpoint: SyncCheckpoint | null = null;
  for (;;) {
    const pulled: { documents: SyncDocument<'clients'>[]; checkpoint: SyncCheckpoint | null } = await transport.pull(
      'clients',
      checkpoint,
      1_000,
    );
    docs.push(...pulled.documents);
    checkpoint = pulled.checkpoint;
    if (pulled.documents.length < 1_000) return docs;
  }
}

test('an admin imports 10,000 rows with progress, stops half-way and continues with the same file', async ({
  agency,
  workstation,
}) => {
  test.setTimeout(240_000);
  const [petya] = await agency.office('Importing', 1);
  const [masha] = await agency.office('Elsewhere', 1);
  const suffix = randomUUID().slice(0, 6);
  const admin = await agency.endpoint.createUser(
    { id: petya!.officeId } as Office,
    `admin-${suffix}`,
    'Admin',
    'admin',
  );
  const other = await signedIn(agency.endpoint.url, masha!);
  const now = Date.now();
  await other.transport.push('clients', [
    {
      assumedMasterState: null,
      newDocumentState: {
        id: randomUUID(),
        officeId: masha!.officeId,
        ownerId: other.user.id,
        ownerName: masha!.name,
        fullName: 'Общий Борис',
        sortName: 'общий борис',
        phones: [{ e164: SHARED_PHONE, extension: '' }],
        emails: [],
        company: '',
        notes: '',
        identityKeys: [`phone:${SHARED_PHONE}`],
        householdId: '',
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
        mergeHistory: [],
        _deleted: false,
      } as SyncDocument<'clients'>,
    },
  ]);

  const ws = await workstation();
  await ws.fillSignIn(admin);
  const { page } = ws;
  await expect(page.getByTestId('client-book')).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByTestId('nav-import').click();
  const file = { name: 'base.csv', mimeType: 'text/csv', buffer: Buffer.from(baseCsv(), 'utf8') };
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByTestId('import-columns')).toContainText('10,000 rows read');
  await expect(page.getByTestId('import-column-role').nth(1)).toHaveValue('Phone');

  await page.getByTestId('import-office').click();
  await page.getByRole('option', { name: /^Importing / }).click();
  await page.getByTestId('import-owner').click();
  await page.getByRole('option', { name: petya!.name }).click();
  // The file's rows are grouped into people in a worker, not on the page.
  const planWorker = page.waitForEvent('worker', (worker) => worker.url().includes('planWorker'));
  await page.getByTestId('import-check').click();
  await planWorker;
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-count-new')).toHaveText('9,999 new');
  await expect(page.getByTestId('import-count-otherOffice')).toHaveText('1 with another office');
  await expect(page.getByTestId('import-review-row').filter({ hasText: 'Общий Борис' })).toContainText(masha!.name);

  // The second batch is held until the stop is asked for: the import stops after it, whole.
  let pushes = 0;
  let release!: () => void;
  const stopAsked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/sync/clients/push', async (route) => {
    if (++pushes === 2) await stopAsked;
    await route.continue();
  });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-stop')).toBeVisible();
  await expect.poll(() => pushes).toBe(2);
  await page.getByTestId('import-stop').click();
  release();
  const done = page.getByTestId('import-done');
  await expect(done).toContainText('Import stopped');
  await expect(done).toHaveAttribute('data-written', '1000');
  await page.unroute('**/sync/clients/push');

  // The same file again: what was written is recognised, the rest follows.
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-count-alreadyImported')).toHaveText('1,000 imported before');
  await page.getByTestId('import-start').click();
  await expect(done).toContainText('Import finished', { timeout: 120_000 });
  await expect(done).toHaveAttribute('data-written', String(ROWS - 1_000));

  const imported = (await allClients(agency.endpoint.url, petya!)).filter((c) =>
    c.importedFrom?.startsWith('base.csv#'),
  );
  expect(imported).toHaveLength(ROWS);
  expect(new Set(imported.map((c) => c.id)).size).toBe(ROWS);
  expect(imported.every((c) => c.notes.includes('Источник:'))).toBe(true);
});
