import { filter, firstValueFrom, timeout } from 'rxjs';
import { API_PATHS, SYNC_LIMITS } from '../../shared/sync';
import { NodeOffice } from './nodeOffice';
import { expectNothingOverflows, OFFICE_SCREENS } from './shellLayout';
import { expect, test, type Workstation } from './syncFixtures';

// Claims are agency-wide and the endpoint is shared by a worker's tests: a number of this test's own.
const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
const [d3, d2a, d2b] = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)];
const PHONE_A = `+7 916 ${d3}-${d2a}-${d2b}`;
/** The same number as Office 2's manager types it. */
const PHONE_B = `8 (916) ${d3} ${d2a} ${d2b}`;
const HIDDEN = `${d3}-${d2a}`;

async function tokenOf(ws: Workstation): Promise<string> {
  const raw = await ws.page.evaluate(() => window.localStorage.getItem('claimdesk.session'));
  return (JSON.parse(raw!) as { token: string }).token;
}

async function pullAll(
  ws: Workstation,
  collection: 'clients' | 'claims' | 'cases',
): Promise<Array<Record<string, unknown>>> {
  const response = await ws.page.request.get(
    ws.endpoint.url + API_PATHS.pull(collection, null, SYNC_LIMITS.maxPullLimit),
    {
      headers: { authorization: `Bearer ${await tokenOf(ws)}` },
    },
  );
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { documents: Array<Record<string, unknown>> }).documents;
}

test.describe('duplicates across offices', () => {
  test('a client entered offline in another office reaches its owner as a notification and a case in both inboxes', async ({
    agency,
    workstation,
  }) => {
    const [petya] = await agency.office('Office1', 1);
    const [masha] = await agency.office('Office2', 1);
    const a = await workstation({ recordNotifications: true });
    const b = await workstation();
    await a.signIn(petya!);
    await b.signIn(masha!);

    // B has synced once, then loses the network before A's client exists: B cannot know it.
    await b.context.setOffline(true);
    await b.expectStatus('offline');

    await a.createClient({ fullName: 'Petr Ivanov', phones: [PHONE_A] });
    const aClientId = (await a.page.getByTestId('client-page').getAttribute('data-client-id'))!;
    await a.expectStatus('online', 0);

    // Offline, B enters the same person with the number typed differently.
    await b.startNewClient();
    await b.fillClient({ fullName: 'Ivanov Petr', phones: [PHONE_B] });
    await b.checkDone();
    // Other offices are looked up online only: offline, B is told they will be checked once the
    // connection is back — never that nobody has this client.
    await expect(b.page.getByTestId('duplicate-other-offices')).toHaveAttribute('data-state', 'offline');
    await expect(b.page.getByTestId('duplicate-status')).not.toContainText(/No one in the agency|Ни у кого/);
    await b.page.getByTestId('client-save').click();
    await expect(b.page.getByTestId('client-page')).toBeVisible();
    await b.expectStatus('offline', 1);

    // B reconnects: A hears about it. How fast is measured by the detectionLatency bench; a timed
    // assertion here would only measure how loaded the test machine is.
    await b.context.setOffline(false);
    await expect
      .poll(async () => (await a.notifications()).map((n) => n.title), { timeout: 30_000, intervals: [100] })
      .toContain('New duplicate of your client');
    const [notice] = (await a.notifications()).filter((n) => n.title === 'New duplicate of your client');
    expect(notice!.body).toContain(masha!.name);
    expect(notice!.body).toContain('Office2');
    expect(notice!.body).not.toContain(HIDDEN);
    await b.expectStatus('online', 0);

    // Both inboxes list the case; A's is unseen until opened.
    await expect(a.page.getByTestId('nav-cases-badge')).toHaveText('1');
    await a.page.getByTestId('nav-cases').click();
    const aRow = a.page.getByTestId('case-row');
    await expect(aRow).toHaveCount(1);
    await expect(aRow).toHaveAttribute('data-unseen', 'true');
    await expect(aRow.getByTestId('case-row-newcomer')).toContainText(masha!.name);

    await b.page.getByTestId('nav-cases').click();
    await expect(b.page.getByTestId('case-row')).toHaveCount(1);

    // A clicks the notification: the case opens, and is seen.
    await a.clickNotification(0);
    await expect(a.page.getByTestId('case-detail')).toBeVisible();
    await expect(a.page.getByTestId('case-owner-open')).toHaveText('Open my client');
    await expect(a.page.getByTestId('nav-cases-badge')).toHaveCount(0);

    // B's case: A's manager and office, the masked phone, and A's record plainly not shared.
    await b.page.getByTestId('case-row').click();
    await expect(b.page.getByTestId('case-owner-manager')).toHaveText(petya!.name);
    await expect(b.page.getByTestId('case-owner-office')).toContainText('Office1');
    const key = b.page.getByTestId('case-key');
    await expect(key).toHaveAttribute('data-kind', 'phone');
    await expect(key).toContainText('***');
    await expect(key).not.toContainText(HIDDEN);
    await expect(b.page.getByTestId('case-owner-not-shared')).toContainText('client record is not shared');
    await expect(b.page.getByTestId('case-newcomer-open')).toHaveText('Open my client');

    // Through the API, B gets neither A's client record nor A's claims: what B knows of A's client
    // is the case, and there the key is masked.
    const clients = await pullAll(b, 'clients');
    expect(clients.map((c) => c.id)).not.toContain(aClientId);
    expect((await pullAll(b, 'claims')).filter((c) => c.clientId === aClientId)).toEqual([]);
    const cases = await pullAll(b, 'cases');
    expect(cases.length).toBeGreaterThan(0);
    expect(JSON.stringify(cases)).not.toContain(`916${digits}`);
    expect(JSON.stringify(cases)).not.toContain(HIDDEN);

    // One case, one notification: nothing repeats.
    expect((await a.notifications()).filter((n) => n.title === 'New duplicate of your client')).toHaveLength(1);
  });
});

test.describe('cases about the same client', () => {
  test.describe.configure({ timeout: 180_000 });

  test('one newcomer against two of the owner’s records: one group in the inbox, and the twin settles with the first', async ({
    agency,
    workstation,
  }) => {
    const [petya] = await agency.office('Office1', 1);
    const [masha] = await agency.office('Office2', 1);
    const own = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
    const phone = `+7 903 ${own.slice(0, 3)}-${own.slice(3, 5)}-${own.slice(5)}`;

    // Petya holds Sergey twice; Masha enters him once more: the endpoint opens two cases.
    const petyaNode = await NodeOffice.signIn(agency.endpoint.url, petya!, 'Office1');
    const mashaNode = await NodeOffice.signIn(agency.endpoint.url, masha!, 'Office2');
    try {
      await petyaNode.save({ fullName: 'Orlov Sergey', phones: [phone] });
      await petyaNode.save({ fullName: 'Orlov Sergey Petrovich', phones: [phone] });
      await petyaNode.inSync();
      await mashaNode.save({ fullName: 'Sergey Orlov', phones: [phone] });
      await mashaNode.inSync();
      const twins = await firstValueFrom(
        mashaNode.core.openCases$().pipe(
          filter((list) => list.filter((c) => c.caseDoc.recommendation).length === 2),
          timeout(30_000),
        ),
      );
      expect(twins.map((c) => c.siblingIds.length)).toEqual([1, 1]);

      const b = await workstation();
      await b.page.setViewportSize(OFFICE_SCREENS[0]);
      await b.signIn(masha!);
      await b.page.getByTestId('nav-cases').click();
      const group = b.page.getByTestId('case-group');
      await expect(group).toHaveAttribute('data-size', '2');
      await expect(group.getByTestId('case-group-title')).toHaveText('2 cases about one client');
      const rows = group.getByTestId('case-row');
      await expect(rows).toHaveCount(2);
      // The columns: both clients, the next step, who must act, the deadline on the rule's clock.
      const first = rows.first();
      await expect(first.getByTestId('case-row-newcomer-client')).toHaveText('Sergey O.');
      await expect(first.getByTestId('case-row-owner-client')).toHaveText(/^Orlov S\./);
      await expect(first.getByTestId('case-row-next')).toContainText('a proposal of terms');
      await expect(first.getByTestId('case-row-waits')).toHaveText(`Waits for: you or ${petya!.name}`);
      await expect(first.getByTestId('case-row-deadline')).toContainText('(48 h by rule 3)');
      await expect(b.page.getByTestId('cases-filter-mine')).toHaveText('Waiting for me · 2');
      await expectNothingOverflows(b.page, 'inbox, en, 1280');

      // Masha proposes in one case; Petya accepts it in his browser.
      const settledId = (await first.getAttribute('data-case-id'))!;
      const twinId = twins.map((c) => c.caseDoc.id).find((id) => id !== settledId)!;
      const proposal = await mashaNode.core.propose(settledId, {
        keeper: 'owner',
        firstOrderSplit: { owner: 70, newcomer: 30 },
        laterOrdersSplit: null,
        leadsCompensation: null,
        disputedDeals: [],
        note: '',
      });
      expect(proposal.ok).toBe(true);
      await mashaNode.inSync();
      await expect(b.page.locator(`[data-case-id="${settledId}"]`)).toHaveAttribute('data-next', 'answer');
      await expect(b.page.locator(`[data-case-id="${settledId}"]`).getByTestId('case-row-waits')).toContainText(
        petya!.name,
      );

      const a = await workstation();
      await a.signIn(petya!);
      await a.page.getByTestId('nav-cases').click();
      await a.page.locator(`[data-case-id="${settledId}"]`).click();
      await expect(a.page.getByTestId('case-on-table')).toContainText('70');
      await a.page.getByTestId('case-action-accept').click();
      await a.page.getByTestId('confirm-submit').click();
      await expect(a.page.getByTestId('case-status')).toHaveAttribute('data-phase', 'agreed', { timeout: 15_000 });

      // In Masha's inbox the twin is settled with it: nothing left to do, no clock.
      const twin = b.page.locator(`[data-case-id="${twinId}"]`);
      await expect(twin).toHaveAttribute('data-next', 'settledWithSibling', { timeout: 15_000 });
      await expect(twin.getByTestId('case-row-phase')).toHaveAttribute('data-phase', 'agreed');
      await expect(twin.getByTestId('case-row-deadline')).toHaveCount(0);
      await expect(twin.getByTestId('case-row-waits')).toHaveCount(0);
      // The "settled" filter lists both; "waiting for me" none.
      await b.page.getByTestId('cases-filter-settled').click();
      await expect(b.page.getByTestId('case-group').getByTestId('case-row')).toHaveCount(2);
      await b.page.getByTestId('cases-filter-mine').click();
      await expect(b.page.getByTestId('cases-filtered-empty')).toBeVisible();
      await b.page.getByTestId('cases-filter-all').click();

      // The twin's history says why, and the twin links to the case that settled it.
      await twin.click();
      await expect(b.page.getByTestId('case-siblings').getByTestId('case-sibling')).toHaveAttribute(
        'href',
        `#/cases/${encodeURIComponent(settledId)}`,
      );
      await expect(b.page.getByTestId('case-timeline')).toContainText(
        'Settled together with the case “Sergey O. — Orlov S',
      );

      // The inbox fits both office screens in both languages.
      await b.page.getByTestId('nav-cases').click();
      await expect(b.page.getByTestId('case-group')).toBeVisible();
      await b.switchLanguage('Русский');
      await expect(b.page.getByTestId('case-group-title')).toHaveText('2 случая об одном клиенте');
      await expect(twin.getByTestId('case-row-next')).toContainText('решено вместе со случаем о том же клиенте');
      await expectNothingOverflows(b.page, 'inbox, ru, 1280');
      await b.page.setViewportSize(OFFICE_SCREENS[1]);
      await expectNothingOverflows(b.page, 'inbox, ru, 1366');
    } finally {
      await petyaNode.close();
      await mashaNode.close();
    }
  });
});
