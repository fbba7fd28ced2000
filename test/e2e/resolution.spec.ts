import type { Page } from '@playwright/test';
import { Endpoint, type Account } from './endpoint';
import { expect, test, Workstation } from './syncFixtures';

// Claims are agency-wide and the endpoint is shared by a worker's tests: numbers of this file's own.
function phonePair(): { typed: string; retyped: string } {
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
  const [d3, d2a, d2b] = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)];
  return { typed: `+7 916 ${d3}-${d2a}-${d2b}`, retyped: `8 (916) ${d3} ${d2a} ${d2b}` };
}

/** The newcomer saves the same person despite the warning: the endpoint opens the case. */
async function enterDuplicate(
  owner: Workstation,
  newcomer: Workstation,
  phones: { typed: string; retyped: string },
  names: [string, string],
): Promise<void> {
  await owner.createClient({ fullName: names[0], phones: [phones.typed] });
  await owner.expectStatus('online', 0);
  await newcomer.startNewClient();
  await newcomer.fillClient({ fullName: names[1], phones: [phones.retyped] });
  await newcomer.checkDone();
  await expect(newcomer.page.getByTestId('duplicate-warning')).toBeVisible();
  await newcomer.page.getByTestId('client-save').click();
  await expect(newcomer.page.getByTestId('client-name')).toHaveText(names[1]);
  await newcomer.expectStatus('online', 0);
}

async function openOnlyCase(ws: Workstation, clientLabelPart: string): Promise<void> {
  await ws.page.getByTestId('nav-cases').click();
  const row = ws.page.getByTestId('case-row').filter({ hasText: clientLabelPart });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(ws.page.getByTestId('case-detail')).toBeVisible();
}

interface TermsInput {
  keeper: 'owner' | 'newcomer';
  firstOwnerPct: number;
  leadsFromOwner?: number;
  note?: string;
}

async function fillTerms(page: Page, terms: TermsInput): Promise<void> {
  // Mantine's modal root is a zero-size wrapper; the dialog itself is what a person sees.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId(`terms-keeper-${terms.keeper}`).check();
  await dialog.getByTestId('terms-first-owner').fill(String(terms.firstOwnerPct));
  await expect(dialog.getByTestId('terms-first-newcomer')).toHaveValue(`${100 - terms.firstOwnerPct}%`);
  if (terms.leadsFromOwner) {
    await dialog.getByTestId('terms-leads-toggle').check();
    await dialog.getByTestId('terms-leads-from-owner').check();
    await dialog.getByTestId('terms-leads-count').fill(String(terms.leadsFromOwner));
  }
  if (terms.note) await dialog.getByTestId('terms-note').fill(terms.note);
  await dialog.getByTestId('terms-submit').click();
  // The terms form closes; a lead's decision then asks for its confirmation in a dialog of its own.
  await expect(page.getByTestId('terms-dialog')).toHaveCount(0);
}

/** The open client gets a deal of 120 000 with a 12 000 margin, already paid. */
async function addPaidDeal(ws: Workstation, title: string): Promise<void> {
  await ws.page.getByTestId('deal-add').click();
  const form = ws.page.getByTestId('deal-form');
  await form.getByTestId('deal-title').fill(title);
  await form.getByTestId('deal-amount').fill('120 000');
  await form.getByTestId('deal-margin').fill('12 000,00');
  await form.getByTestId('deal-status').click();
  await ws.page.getByRole('option', { name: /paid|оплач/i }).click();
  await form.getByTestId('deal-save').click();
  await expect(ws.page.getByTestId('deal-item').filter({ hasText: title })).toHaveAttribute('data-status', 'paid');
}

async function expectPhase(ws: Workstation, phase: string): Promise<void> {
  await expect(ws.page.getByTestId('case-status')).toHaveAttribute('data-phase', phase, { timeout: 15_000 });
}

async function payoutOwed(ws: Workstation, account: Account): Promise<string[]> {
  await ws.page.getByTestId('nav-reports').click();
  const report = ws.page.getByTestId('payout-report');
  await expect(report).toHaveAttribute('data-state', 'ready');
  const table = report.getByRole('table', { name: account.name });
  await expect(table).toBeVisible();
  return table.getByTestId('payout-line').allInnerTexts();
}

test.describe('resolving a case', () => {
  test.describe.configure({ timeout: 180_000 });

  test('two managers negotiate 60/40 with 3 leads, the deal is paid, and each payout shows their share', async ({
    agency,
    workstation,
  }) => {
    const office1 = await agency.officeWithLead('Office1', 1);
    const office2 = await agency.officeWithLead('Office2', 1);
    const petya = office1.managers[0]!;
    const masha = office2.managers[0]!;
    const a = await workstation({ recordNotifications: true });
    const b = await workstation({ recordNotifications: true });
    const lead = await workstation();
    await a.signIn(petya);
    await b.signIn(masha);
    await lead.signIn(office1.lead);

    await enterDuplicate(a, b, phonePair(), ['Orlov Sergey', 'Orlov Sergei']);

    // Masha opens the case: across offices the default regulations say "negotiate within 48 h".
    await openOnlyCase(b, 'Orlov');
    await expect(b.page.getByTestId('case-recommendation')).toHaveAttribute('data-outcome', 'negotiate', {
      timeout: 15_000,
    });
    await expect(b.page.getByTestId('case-recommendation')).toHaveAttribute('data-provisional', 'false', {
      timeout: 15_000,
    });
    await expect(b.page.getByTestId('case-recommendation-rule')).toContainText('Rule');
    await expectPhase(b, 'open');

    // Masha proposes: Petya keeps the client, 50/50 on the first order, 3 leads from Petya.
    await b.page.getByTestId('case-action-propose').click();
    await fillTerms(b.page, {
      keeper: 'owner',
      firstOwnerPct: 50,
      leadsFromOwner: 3,
      note: 'I found them at the fair.',
    });
    await expectPhase(b, 'negotiating');
    await b.expectStatus('online', 0);

    // Petya is told, and counters: 60% of the first order to him, he keeps the client, Masha gets 40% and 3 leads.
    await expect
      .poll(async () => (await a.notifications()).map((n) => n.body).join('\n'), { timeout: 15_000 })
      .toContain(masha.name);
    await openOnlyCase(a, 'Orlov');
    await expectPhase(a, 'negotiating');
    // Petya's office found the case itself while pulling claims; the endpoint's copy, with its
    // recommendation, still replaces the local one.
    await expect(a.page.getByTestId('case-recommendation')).toHaveAttribute('data-provisional', 'false', {
      timeout: 15_000,
    });
    await expect(a.page.getByTestId('case-action-accept')).toBeEnabled();
    await a.page.getByTestId('case-action-counter').click();
    // The counter starts from the terms on the table, but never with Masha's note as Petya's words.
    await expect(a.page.getByTestId('terms-note')).toHaveValue('');
    await fillTerms(a.page, { keeper: 'owner', firstOwnerPct: 60, leadsFromOwner: 3 });
    await expect(a.page.getByTestId('case-on-table')).toContainText('60');
    // Petya cannot accept his own counter-proposal.
    await expect(a.page.getByTestId('case-action-accept')).toBeDisabled();

    // Masha accepts exactly those terms.
    await expect(b.page.getByTestId('case-on-table')).toContainText('60', { timeout: 15_000 });
    await b.page.getByTestId('case-action-accept').click();
    await b.page.getByTestId('confirm-submit').click();
    await expectPhase(b, 'agreed');
    await expectPhase(a, 'agreed');
    await expect(a.page.getByTestId('case-final')).toContainText('60');
    await expect(a.page.getByTestId('case-timeline').getByTestId('timeline-entry')).toHaveCount(3);

    // The client stays with Petya: Masha's record is handed over to him.
    await b.openClient('Orlov Sergei');
    await expect(b.page.getByTestId('client-handed-over')).toContainText(petya.name);

    // Petya sells the first order and it is paid.
    await a.openClient('Orlov Sergey');
    await addPaidDeal(a, 'Antalya, 7 nights');
    const deal = a.page.getByTestId('deal-item');
    await expect(deal).toHaveCount(1);
    await expect(deal).toHaveAttribute('data-status', 'paid');
    await expect(deal.getByTestId('deal-item-split')).toContainText('60');
    await a.expectStatus('online', 0);

    // The payout report: Petya 60% of the 12 000 margin, Masha 40%, to the kopeck.
    const petyaLines = await payoutOwed(a, petya);
    expect(petyaLines).toHaveLength(1);
    expect(petyaLines[0]).toContain('60');
    expect(petyaLines[0]).toMatch(/7[\s\u00a0\u202f,]?200/u);
    const mashaLines = await payoutOwed(b, masha);
    expect(mashaLines).toHaveLength(1);
    expect(mashaLines[0]).toContain('40');
    expect(mashaLines[0]).toMatch(/4[\s\u00a0\u202f,]?800/u);
    // Masha's report names the rest of the deal as Office1's share and reconciles with its margin.
    await expect(b.page.getByTestId('payout-reconciles')).toHaveAttribute('data-reconciles', 'yes');
    await expect(b.page.getByTestId('payout-other-scope')).toContainText(/60/u);

    // The lead of Office1 sees Petya's share in the office's report, and can export it.
    const leadLines = await payoutOwed(lead, petya);
    expect(leadLines[0]).toMatch(/7[\s\u00a0\u202f,]?200/u);
    // A correct 60/40 split with another office is no alarm: Office2's 40% is named as such.
    const mashasOffice = (await b.page.getByTestId('signed-in-as').innerText()).split(' · ')[1]!.trim();
    await expect(lead.page.getByTestId('payout-reconciles')).toHaveAttribute('data-reconciles', 'yes');
    const otherOffice = lead.page.getByTestId('payout-other-scope');
    await expect(otherOffice).toHaveCount(1);
    await expect(otherOffice).toContainText(mashasOffice);
    await expect(otherOffice).toContainText(/another office|другого офиса/u);
    await expect(otherOffice).toContainText(/40\s?%/u);
    await expect(otherOffice).toContainText(/4[\s\u00a0\u202f,]?800/u);
    await expect(lead.page.getByTestId('payout-other-scope-totals')).toContainText(mashasOffice);
    const download = lead.page.waitForEvent('download');
    await lead.page.getByTestId('payout-export').click();
    const csv = await (await download).createReadStream();
    const text = await new Promise<string>((resolve, reject) => {
      let body = '';
      csv.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      csv.on('end', () => resolve(body));
      csv.on('error', reject);
    });
    expect(text).toContain('Antalya, 7 nights');
    expect(text).toContain(petya.name);
    // The XLSX is built in the browser from the report on screen: a ZIP archive named like the CSV.
    const xlsxDownload = lead.page.waitForEvent('download');
    await lead.page.getByTestId('payout-export-xlsx').click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/u);
    const xlsxStream = await xlsx.createReadStream();
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      xlsxStream.on('data', (chunk: Buffer) => chunks.push(chunk));
      xlsxStream.on('end', () => resolve(Buffer.concat(chunks)));
      xlsxStream.on('error', reject);
    });
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // A common plan for both offices: the split deal counts for both, each by its share.
    await lead.page.getByTestId('reports-tab-plans').click();
    await lead.page.getByTestId('plan-add').click();
    await lead.page.getByTestId('plan-target').fill('20 000');
    // Mantine's pill box lies over the MultiSelect's input: the click is meant for the input.
    await lead.page.getByTestId('plan-offices').click({ force: true });
    // The worker's endpoint holds other tests' offices too: pick Masha's by its exact name.
    await lead.page.getByRole('option', { name: mashasOffice, exact: true }).click();
    await lead.page.keyboard.press('Escape');
    await lead.page.getByTestId('plan-save').click();
    await expect(lead.page.getByTestId('plan-card')).toHaveCount(1);
    await b.page.getByTestId('nav-clients').click();
    await b.page.getByTestId('nav-reports').click();
    const offices = b.page.getByTestId('plan-office');
    await expect(offices).toHaveCount(2);
    await expect(offices.filter({ hasText: 'Office1' })).toContainText(/7[\s\u00a0\u202f,]?200/u);
    await expect(offices.filter({ hasText: 'Office2' })).toContainText(/4[\s\u00a0\u202f,]?800/u);
    await expect(b.page.getByTestId('plan-achieved')).toContainText(/12[\s\u00a0\u202f,]?000/u);
  });
});

test.describe('the bonus of a deal already paid', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the terms name the deal paid before the dispute, and the payout report corrects it for both sides', async ({
    agency,
    workstation,
  }) => {
    const office1 = await agency.officeWithLead('Office1', 1);
    const office2 = await agency.officeWithLead('Office2', 1);
    const petya = office1.managers[0]!;
    const masha = office2.managers[0]!;
    const a = await workstation();
    const b = await workstation();
    const lead = await workstation();
    await a.signIn(petya);
    await b.signIn(masha);
    await lead.signIn(office1.lead);

    // The client had already paid through Petya when Masha entered the same person.
    const phones = phonePair();
    await a.createClient({ fullName: 'Zuev Ilya', phones: [phones.typed] });
    await addPaidDeal(a, 'Sochi, 5 nights');
    await a.expectStatus('online', 0);
    await b.startNewClient();
    await b.fillClient({ fullName: 'Zuev Ilia', phones: [phones.retyped] });
    await b.checkDone();
    await expect(b.page.getByTestId('duplicate-warning')).toBeVisible();
    await b.page.getByTestId('client-save').click();
    await expect(b.page.getByTestId('client-name')).toHaveText('Zuev Ilia');
    await b.expectStatus('online', 0);

    // Masha proposes 60/40 and names Petya's paid deal: she sees it by status, date and author only.
    await openOnlyCase(b, 'Zuev');
    await b.page.getByTestId('case-action-propose').click();
    const dialog = b.page.getByRole('dialog');
    const offered = dialog.getByTestId('terms-disputed-deal');
    await expect(offered).toHaveCount(1);
    await expect(dialog.getByTestId('terms-disputed')).toContainText(petya.name);
    await expect(dialog.getByTestId('terms-disputed')).not.toContainText('Sochi');
    await offered.check();
    await expect(dialog.getByTestId('terms-preview-text')).toContainText(/already made|уже заключённая/u);
    await fillTerms(b.page, { keeper: 'owner', firstOwnerPct: 60 });
    await expectPhase(b, 'negotiating');
    await b.expectStatus('online', 0);

    await openOnlyCase(a, 'Zuev');
    await expect(a.page.getByTestId('case-on-table')).toContainText(/already made|уже заключённая/u, {
      timeout: 15_000,
    });
    await a.page.getByTestId('case-action-accept').click();
    await a.page.getByTestId('confirm-submit').click();
    await expectPhase(a, 'agreed');

    // The lead's report keeps the 100% line of the payment and adds the correction: −40% for Petya,
    // Office2's +40% named as such; it reconciles, no alarm.
    const lines = await payoutOwed(lead, petya);
    expect(lines).toHaveLength(2);
    const petyasTable = lead.page.getByRole('table', { name: petya.name });
    const correction = petyasTable.locator('[data-testid="payout-line"][data-correction="yes"]');
    await expect(correction).toContainText(/Correction|Поправка/u);
    await expect(correction).toContainText(/[-−]\D*4[\s\u00a0\u202f,]?800/u);
    await expect(lead.page.getByTestId('payout-other-scope')).toContainText(/40\s?%/u);
    await expect(lead.page.getByTestId('payout-reconciles')).toHaveAttribute('data-reconciles', 'yes');
    await expect(lead.page.getByTestId('payout-corrected-count')).toBeVisible();

    // Masha sees her +40% as a correction of a deal she never ran.
    const mashaLines = await payoutOwed(b, masha);
    expect(mashaLines).toHaveLength(1);
    expect(mashaLines[0]).toMatch(/4[\s\u00a0\u202f,]?800/u);
    await expect(b.page.locator('[data-testid="payout-line"][data-correction="yes"]')).toHaveCount(1);
  });
});

test.describe('escalation past the deadline', () => {
  test.describe.configure({ timeout: 180_000 });
  const DAYS_2_AND_1_HOUR = 49 * 3_600_000;

  test('the negotiation deadline passes, the case escalates by itself and the lead decides', async ({ browser }) => {
    // An endpoint of this test's own: its clock moves forward with the browsers'.
    const endpoint = await Endpoint.start(60_000, { clockStepMs: DAYS_2_AND_1_HOUR });
    const opened: Workstation[] = [];
    try {
      const office1 = await endpoint.createOffice('Office1 deadline');
      const office2 = await endpoint.createOffice('Office2 deadline');
      const petya = await endpoint.createUser(office1, 'petya-deadline', 'Petya Deadline');
      const masha = await endpoint.createUser(office2, 'masha-deadline', 'Masha Deadline');
      const leadAccount = await endpoint.createUser(office2, 'lead-deadline', 'Lead Deadline', 'lead');
      const open = async (notifications: boolean) => {
        const ws = await Workstation.open(browser, endpoint, {
          controlledClock: true,
          recordNotifications: notifications,
        });
        opened.push(ws);
        return ws;
      };
      const a = await open(true);
      const b = await open(true);
      const lead = await open(false);
      await a.signIn(petya);
      await b.signIn(masha);
      await lead.signIn(leadAccount);

      await enterDuplicate(a, b, phonePair(), ['Volkova Irina', 'Volkova Irena']);
      await openOnlyCase(b, 'Volkova');
      await expect(b.page.getByTestId('case-recommendation')).toHaveAttribute('data-outcome', 'negotiate', {
        timeout: 15_000,
      });
      // Masha's office found the case before saving; the endpoint's copy (and its deadline) replaces it.
      await expect(b.page.getByTestId('case-recommendation')).toHaveAttribute('data-provisional', 'false', {
        timeout: 15_000,
      });
      await b.page.getByTestId('case-action-propose').click();
      await fillTerms(b.page, { keeper: 'newcomer', firstOwnerPct: 30 });
      await b.expectStatus('online', 0);
      await openOnlyCase(a, 'Volkova');
      await expectPhase(a, 'negotiating');

      // Nobody answers for two days and an hour.
      await endpoint.shiftClock();
      await Promise.all(opened.map((ws) => ws.context.clock.fastForward(DAYS_2_AND_1_HOUR)));
      await expectPhase(a, 'escalated');
      await expectPhase(b, 'escalated');
      // Nothing is left for the managers: one line says why, not four greyed buttons.
      await expect(a.page.getByTestId('case-actions-waiting')).toHaveCount(1);
      await expect(a.page.getByTestId('case-action-counter')).toHaveCount(0);

      // The lead of an involved office decides: the client moves to Masha, 30/70.
      await openOnlyCase(lead, 'Volkova');
      await expectPhase(lead, 'escalated');
      await lead.page.getByTestId('case-action-decide').click();
      await fillTerms(lead.page, {
        keeper: 'newcomer',
        firstOwnerPct: 30,
        note: 'Masha did the work; Petya had not called since spring.',
      });
      // A decision is final: the lead confirms it, seeing the terms once more.
      await expect(lead.page.getByTestId('decision-terms')).toContainText('30');
      await lead.page.getByTestId('confirm-submit').click();
      await expectPhase(lead, 'decided');
      await expectPhase(a, 'decided');
      await expectPhase(b, 'decided');

      // Both managers are told natively, and Petya's record is handed over to Masha.
      for (const ws of [a, b]) {
        await expect
          .poll(async () => (await ws.notifications()).map((n) => `${n.title} ${n.body}`).join('\n'), {
            timeout: 15_000,
          })
          .toContain(leadAccount.name);
      }
      await a.openClient('Volkova Irina');
      await expect(a.page.getByTestId('client-handed-over')).toContainText(masha.name);
    } finally {
      await Promise.all(opened.map((ws) => ws.context.close()));
      await endpoint.stop();
    }
  });
});
