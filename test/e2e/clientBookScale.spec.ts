// The client book of an office with 2,000 clients: the office's base is already at the endpoint
// (pushed by its manager's earlier workstation), a new workstation signs in and pulls it.
import { randomUUID } from 'node:crypto';
import { createEndpointClient } from '../../shared/endpoint';
import type { PushRow, SyncDocument } from '../../shared/sync';
import { nodeHttp } from '../support/nodeHttp';
import type { Account } from './endpoint';
import { expect, test } from './syncFixtures';

/** The office's whole book: Petya's clients and one of his colleague's. */
const BOOK_SIZE = 2_000;
const SURNAMES = ['Алексеев', 'Васильев', 'Егоров', 'Иванов', 'Козлов', 'Лебедев', 'Морозов', 'Новиков', 'Петров'];
const FIRST_NAMES = ['Иван', 'Пётр', 'Олег', 'Сергей', 'Андрей'];
const PATRONYMICS = ['Викторович', 'Сергеевич', 'Олегович', 'Иванович'];

interface Seeded {
  fullName: string;
  phone?: string;
  company?: string;
  email?: string;
  handedOver?: SyncDocument<'clients'>['handedOver'];
}

function clientOf(account: Account & { id: string }, seeded: Seeded, index: number): SyncDocument<'clients'> {
  const now = Date.now();
  // Generated numbers end in 55, so the fragments the test types belong to its named clients only.
  const phone = seeded.phone ?? `+79252${String(index).padStart(4, '0')}55`;
  const keys = [`phone:${phone}`, ...(seeded.email ? [`email:${seeded.email}`] : [])];
  return {
    id: randomUUID(),
    officeId: account.officeId,
    ownerId: account.id,
    ownerName: account.name,
    fullName: seeded.fullName,
    sortName: seeded.fullName.toLocaleLowerCase(),
    phones: [{ e164: phone, extension: '' }],
    emails: seeded.email ? [seeded.email] : [],
    company: seeded.company ?? '',
    notes: '',
    identityKeys: keys,
    householdId: '',
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
    mergeHistory: [],
    ...(seeded.handedOver ? { handedOver: seeded.handedOver } : {}),
    _deleted: false,
  } as SyncDocument<'clients'>;
}

/** Signs the account in from Node and pushes its clients, as its earlier workstation would have. */
async function pushClients(url: string, account: Account, clients: Seeded[]): Promise<void> {
  const endpoint = createEndpointClient({ baseUrl: url, http: nodeHttp() });
  const login = await endpoint.login(account.username, account.password);
  if (!login.ok) throw new Error(`sign-in of ${account.username} failed`);
  const owner = { ...account, id: login.value.user.id };
  const docs = clients.map((c, i) => clientOf(owner, c, i));
  const transport = endpoint.sync();
  for (let start = 0; start < docs.length; start += 1_000) {
    const rows = docs
      .slice(start, start + 1_000)
      .map((d) => ({ assumedMasterState: null, newDocumentState: d }) as PushRow);
    const conflicts = await transport.push('clients', rows);
    if (conflicts.length > 0) throw new Error(`${conflicts.length} clients refused`);
  }
}

test('a book of 2,000 clients: listed in full with its total, searched by company and phone digits, with owners and open cases', async ({
  agency,
  workstation,
}) => {
  const [petya, colleague] = await agency.office('Book', 2);
  const [masha] = await agency.office('Other', 1);
  const generated: Seeded[] = Array.from({ length: BOOK_SIZE - 5 }, (_, i) => ({
    fullName: `${SURNAMES[i % SURNAMES.length]} ${FIRST_NAMES[i % FIRST_NAMES.length]} ${PATRONYMICS[i % PATRONYMICS.length]} ${i}`,
  }));
  await pushClients(agency.endpoint.url, petya!, [
    ...generated,
    { fullName: 'Сидоров Пётр', company: 'ООО Вектор-Плюс', phone: '+79169740969' },
    { fullName: 'Орлова Анна', phone: '+79035551234', email: 'anna@alfa-corp.ru' },
    {
      fullName: 'Громов Борис',
      handedOver: {
        caseId: 'case:handed:over',
        toManagerId: 'masha',
        toManagerName: masha!.name,
        toOfficeName: 'Other',
        at: Date.now(),
      },
    },
    { fullName: 'Яшин Ян' },
  ]);
  await pushClients(agency.endpoint.url, colleague!, [{ fullName: 'Абрамов Лев', phone: '+79257777777' }]);
  // Masha's office takes on Орлова Анна by her phone: the endpoint opens a case for both offices.
  await pushClients(agency.endpoint.url, masha!, [{ fullName: 'Орлова А.', phone: '+79035551234' }]);

  const ws = await workstation();
  await ws.fillSignIn(petya!);
  const { page } = ws;
  const book = page.getByTestId('client-book');
  await expect(book).toBeVisible();
  await expect(book).toHaveAttribute('data-total', String(BOOK_SIZE), { timeout: 60_000 });
  await expect(page.getByTestId('book-caption')).toHaveText('2,000 clients');
  await ws.expectStatus('online', 0);

  // The list has no cap: its end is the last client alphabetically.
  const list = page.getByTestId('client-list');
  const rows = page.getByTestId('client-row');
  await expect(rows.first()).toContainText('Абрамов Лев');
  await expect(rows.first().getByTestId('client-row-owner')).toHaveText(colleague!.name);
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(rows.filter({ hasText: 'Яшин Ян' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Яшин Ян' }).getByTestId('client-row-owner')).toHaveText('You');
  // A jump to the middle shows that part of the book, not rows still loading: in name order the
  // middle of this book is the Козловы (rows 890–1111).
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(rows.filter({ hasText: 'Козлов' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Яшин Ян' })).toHaveCount(0);
  await expect(page.getByTestId('client-row-loading')).toHaveCount(0);

  // A word of the company, in any case; and the company before the sound-alike patronymics.
  const byCompany = await ws.search('вектор');
  await expect(byCompany.first()).toContainText('Сидоров Пётр');
  await expect(byCompany.first()).toContainText('ООО Вектор-Плюс');
  for (const query of ['974-09-69', '0969', '+7 916 974']) {
    const byPhone = await ws.search(query);
    await expect(byPhone, query).toHaveCount(1);
    await expect(byPhone.first()).toContainText('Сидоров Пётр');
  }
  await expect(await ws.search('alfa-corp')).toHaveCount(1);

  // Ownership where people look: a handed-over client says to whom, a client in a case shows the case.
  const handed = await ws.search('Громов');
  await expect(handed.first().getByTestId('client-row-owner')).toHaveText(`Handed over to ${masha!.name}`);
  const inCase = await ws.search('Орлова');
  const caseBadge = inCase.first().getByTestId('client-row-case');
  await expect(caseBadge).toBeVisible({ timeout: 30_000 });
  await inCase.first().click();
  await expect(page.getByTestId('client-open-cases')).toContainText(masha!.name);
  await page.getByTestId('client-open-case').click();
  await expect(page.getByTestId('case-detail')).toBeVisible();

  // In Russian the total is counted in words people read.
  await ws.switchLanguage('Русский');
  await ws.openBook();
  await ws.search('');
  await expect(page.getByTestId('book-caption')).toHaveText('2 000 клиентов');
});
