import { randomUUID } from 'node:crypto';
import { API_PATHS, SYNC_LIMITS, type PushRow, type SyncDocument } from '../../shared/sync';
import { expect, test, type Workstation } from './syncFixtures';

// The endpoint is shared by a worker's tests: a company of this test's own.
const DOMAIN = `alfa-${randomUUID().slice(0, 8)}.ru`;
const HELD = 200;

async function tokenOf(ws: Workstation): Promise<string> {
  const raw = await ws.page.evaluate(() => window.localStorage.getItem('claimdesk.session'));
  return (JSON.parse(raw!) as { token: string }).token;
}

async function sessionOf(ws: Workstation): Promise<{ userId: string; officeId: string; name: string }> {
  const raw = await ws.page.evaluate(() => window.localStorage.getItem('claimdesk.session'));
  const session = JSON.parse(raw!) as { userId: string; officeId: string; userName: string };
  return { userId: session.userId, officeId: session.officeId, name: session.userName };
}

async function api<T>(ws: Workstation, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await ws.page.request.fetch(ws.endpoint.url + path, {
    method,
    headers: { authorization: `Bearer ${await tokenOf(ws)}`, 'content-type': 'application/json' },
    ...(data === undefined ? {} : { data: JSON.stringify(data) }),
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** Petya's book: HELD clients at DOMAIN, pushed through the endpoint's API as his office would. */
async function seedCompany(ws: Workstation): Promise<void> {
  const me = await sessionOf(ws);
  const now = Date.now();
  const rows = Array.from({ length: HELD }, (_, i): PushRow => {
    const id = randomUUID();
    const doc = {
      id,
      officeId: me.officeId,
      ownerId: me.userId,
      ownerName: me.name,
      fullName: `Сотрудник Альфы ${i + 1}`,
      sortName: `сотрудник альфы ${i + 1}`,
      phones: [],
      emails: [`person${i + 1}@${DOMAIN}`],
      company: 'Альфа',
      notes: '',
      identityKeys: [],
      householdId: '',
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      mergeHistory: [],
      _deleted: false,
    } as unknown as SyncDocument<'clients'>;
    return { assumedMasterState: null, newDocumentState: doc } as PushRow;
  });
  const conflicts = await api<unknown[]>(ws, 'POST', API_PATHS.push('clients'), rows);
  expect(conflicts).toEqual([]);
}

test('one contact at a company of 200 clients: one notice, nobody handed over, a panel that fits the screen', async ({
  agency,
  workstation,
}) => {
  const [petya] = await agency.office('Office1', 1);
  const [masha] = await agency.office('Office2', 1);
  const a = await workstation({ recordNotifications: true });
  const b = await workstation();
  await a.signIn(petya!);
  await b.signIn(masha!);
  for (const ws of [a, b]) await ws.switchLanguage('Русский');
  await seedCompany(a);

  // Masha types a new contact at the company: one line about the company, no card per colleague.
  await b.startNewClient();
  await b.fillClient({ fullName: 'Новый Контакт', emails: [`k.new@${DOMAIN}`] });
  await b.checkDone();
  const company = b.page.getByTestId('duplicate-company');
  await expect(company).toHaveCount(1, { timeout: 20_000 });
  await expect(company).toContainText(`${DOMAIN} — ${petya!.name}`);
  await expect(company).toContainText(`${HELD} клиентов`);
  await expect(b.page.getByTestId('duplicate-match')).toHaveCount(0);
  const panel = await b.page.getByTestId('duplicate-panel').boundingBox();
  const viewport = b.page.viewportSize()!;
  expect(panel!.height).toBeLessThanOrEqual(viewport.height);

  await b.page.getByTestId('client-save').click();
  await expect(b.page.getByTestId('client-page')).toBeVisible();
  await b.expectStatus('online', 0);

  // Petya hears about the company, by its name.
  await expect
    .poll(async () => (await a.notifications()).map((n) => n.title), { timeout: 30_000, intervals: [200] })
    .toContain(`Новый контакт в компании вашего клиента: ${DOMAIN}`);

  // One notice in each inbox, shown as a company notice.
  for (const ws of [a, b]) {
    await ws.page.getByTestId('nav-cases').click();
    const rows = ws.page.getByTestId('case-row');
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAttribute('data-kind', 'company');
    await expect(rows.getByTestId('case-row-company-managers')).toContainText(`${HELD} клиентов`);
  }

  // Nobody was handed over: every one of Petya's clients is still his, none marked handed over.
  await a.expectStatus('online', 0);
  const clients = await api<{ documents: Array<{ ownerId: string; handedOver?: unknown }> }>(
    a,
    'GET',
    API_PATHS.pull('clients', null, SYNC_LIMITS.maxPullLimit),
  );
  const petyaId = (await sessionOf(a)).userId;
  expect(clients.documents.filter((c) => c.ownerId === petyaId)).toHaveLength(HELD);
  expect(clients.documents.filter((c) => c.handedOver)).toEqual([]);
});
