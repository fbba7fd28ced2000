// Fixtures for the sync tests: one real endpoint per worker, and workstations (browser contexts)
// that sign in to it through the UI.
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { AppDriver } from './fixtures';
import { Endpoint, type Account } from './endpoint';

export class Workstation extends AppDriver {
  constructor(
    readonly context: BrowserContext,
    page: Page,
    readonly endpoint: Endpoint,
  ) {
    super(page);
  }

  static async open(browser: Browser, endpoint: Endpoint, options: WorkstationOptions = {}): Promise<Workstation> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    if (options.recordNotifications) await context.addInitScript({ content: recordNotifications });
    // Runs in real time until the test fast-forwards it (context.clock.fastForward).
    if (options.controlledClock) await context.clock.install();
    const page = await context.newPage();
    await page.goto(`${endpoint.url}/`);
    // A fresh context loads the whole app cold; under a loaded CI machine that takes longer than one step.
    await expect(page.getByTestId('setup-screen')).toBeVisible({ timeout: 20_000 });
    return new Workstation(context, page, endpoint);
  }

  /** What the page passed to the Notification API (needs `recordNotifications`). */
  async notifications(): Promise<RecordedNotification[]> {
    return this.page.evaluate(() => (window as unknown as { __notifications: RecordedNotification[] }).__notifications);
  }

  /** Clicks the recorded notification number `index`, as the user would in the OS. */
  async clickNotification(index: number): Promise<void> {
    await this.page.evaluate(
      (i) =>
        (window as unknown as { __notificationObjects: Array<{ onclick: (() => void) | null }> }).__notificationObjects[
          i
        ]?.onclick?.(),
      index,
    );
  }

  get status() {
    return this.page.getByTestId('sync-status');
  }

  /** First run: "Sign in to your agency" instead of working alone. The address is the page's own. */
  async fillSignIn(account: Pick<Account, 'username' | 'password'>): Promise<void> {
    await this.page.getByTestId('setup-sign-in').click();
    await expect(this.page.getByTestId('sign-in-endpoint')).toHaveValue(this.endpoint.url);
    await this.page.getByTestId('sign-in-username').fill(account.username);
    await this.page.getByTestId('sign-in-password').fill(account.password);
    await this.page.getByTestId('sign-in-submit').click();
  }

  async signIn(account: Account): Promise<void> {
    await this.fillSignIn(account);
    await expect(this.page.getByTestId('client-book')).toBeVisible();
    await expect(this.page.getByTestId('signed-in-as')).toContainText(account.name);
    await this.expectStatus('online', 0);
  }

  async expectStatus(state: string, pending?: number): Promise<void> {
    await expect(this.status).toHaveAttribute('data-sync-state', state);
    if (pending !== undefined) await expect(this.status).toHaveAttribute('data-sync-pending', String(pending));
  }

  async openClient(name: string): Promise<void> {
    await this.openBook();
    const rows = await this.search(name);
    // A sync landing at the click re-renders the row (a handover, a new phone), and a click on the
    // row it replaced goes nowhere: click the row as it is now until its page opens.
    const clientName = this.page.getByTestId('client-name');
    await expect(async () => {
      if (!(await clientName.isVisible())) await rows.filter({ hasText: name }).first().click({ timeout: 2_000 });
      await expect(clientName).toHaveText(name, { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  }

  async editClient(name: string, fields: { company?: string; notes?: string }): Promise<void> {
    await this.openClient(name);
    await this.page.getByTestId('client-edit').click();
    await expect(this.form).toBeVisible();
    if (fields.company !== undefined) await this.page.getByTestId('client-company').fill(fields.company);
    if (fields.notes !== undefined) await this.page.getByTestId('client-notes').fill(fields.notes);
    await this.page.getByTestId('client-save').click();
    await expect(this.page.getByTestId('client-page')).toBeVisible();
  }
}

export interface WorkstationOptions {
  /** Replaces window.Notification with a recorder that has permission 'granted'. */
  recordNotifications?: boolean;
  /** Playwright's clock, so a test can let days pass in the page. */
  controlledClock?: boolean;
}

export interface RecordedNotification {
  title: string;
  body: string;
  tag: string;
  at: number;
}

/**
 * Runs in the page before the app: a Notification that records instead of showing. Plain text,
 * so no compiled helper of the test's own module is needed in the page.
 */
const recordNotifications = `
  window.__notifications = [];
  window.__notificationObjects = [];
  class RecordingNotification {
    constructor(title, options) {
      this.title = title;
      this.body = (options && options.body) || '';
      this.onclick = null;
      window.__notifications.push({ title, body: this.body, tag: (options && options.tag) || '', at: Date.now() });
      window.__notificationObjects.push(this);
    }
    close() {}
  }
  RecordingNotification.permission = 'granted';
  RecordingNotification.requestPermission = async () => 'granted';
  window.Notification = RecordingNotification;
`;

export interface Agency {
  endpoint: Endpoint;
  /** A fresh office with `managers` accounts; unique names, so tests can share the endpoint. */
  office(label: string, managers: number): Promise<Account[]>;
  /** Like `office`, plus the office's lead. */
  officeWithLead(label: string, managers: number): Promise<{ managers: Account[]; lead: Account }>;
}

export const test = base.extend<
  { workstation: (options?: WorkstationOptions) => Promise<Workstation> },
  { agency: Agency }
>({
  agency: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter
    async ({}, use) => {
      const endpoint = await Endpoint.start();
      const officeWithLead = async (label: string, managers: number) => {
        const suffix = randomUUID().slice(0, 6);
        const office = await endpoint.createOffice(`${label} ${suffix}`);
        const accounts = await Promise.all(
          Array.from({ length: managers }, (_, i) =>
            endpoint.createUser(office, `${label.toLowerCase()}-${i + 1}-${suffix}`, `${label} Manager ${i + 1}`),
          ),
        );
        const lead = await endpoint.createUser(
          office,
          `${label.toLowerCase()}-lead-${suffix}`,
          `${label} Lead`,
          'lead',
        );
        return { managers: accounts, lead };
      };
      await use({
        endpoint,
        office: async (label, managers) => (await officeWithLead(label, managers)).managers,
        officeWithLead,
      });
      await endpoint.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  workstation: async ({ browser, agency }, use) => {
    const opened: Workstation[] = [];
    await use(async (options) => {
      const ws = await Workstation.open(browser, agency.endpoint, options);
      opened.push(ws);
      return ws;
    });
    await Promise.all(opened.map((ws) => ws.context.close()));
  },
});

export { expect };
