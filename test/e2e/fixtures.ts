// Each test gets a fresh browser context, so its own IndexedDB: a new workstation every time.
// The `app` fixture completes first-run setup and hands over a driver for the common steps.
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const ME = { userName: 'Anna Smirnova', officeName: 'Office 1' } as const;

export interface NewClient {
  fullName: string;
  phones?: string[];
  emails?: string[];
  company?: string;
}

export class AppDriver {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('client-form');
  }

  async setUp(): Promise<void> {
    await this.page.goto('/');
    await this.setUpAlone();
  }

  /** First run on the current page, working alone: a name and an office typed here. */
  async setUpAlone(): Promise<void> {
    await expect(this.page.getByTestId('setup-screen')).toBeVisible();
    await this.page.getByLabel('Your name').fill(ME.userName);
    await this.page.getByLabel('Your office').fill(ME.officeName);
    await this.page.getByTestId('profile-submit').click();
    await expect(this.page.getByTestId('client-book')).toBeVisible();
  }

  async openBook(): Promise<void> {
    await this.page.getByTestId('nav-clients').click();
    await expect(this.page.getByTestId('client-book')).toBeVisible();
  }

  /** Types into the book's search box and waits until the list shows results for exactly that query. */
  async search(query: string): Promise<Locator> {
    await this.page.getByTestId('client-search').fill(query);
    await expect(this.page.getByTestId('client-book')).toHaveAttribute('data-search-state', 'done');
    return this.page.getByTestId('client-row');
  }

  /** Language is in the user menu of the top bar; each language is named in itself ("Русский"). */
  async switchLanguage(name: string): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByTestId('language-switch').getByText(name).click();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('user-menu-dropdown')).toBeHidden();
  }

  async startNewClient(): Promise<void> {
    await this.page.getByTestId('nav-new-client').click();
    await expect(this.form).toBeVisible();
  }

  /** Fills the form; extra phones and emails get their own entries. */
  async fillClient(client: NewClient): Promise<void> {
    await this.page.getByTestId('client-fullName').fill(client.fullName);
    for (const [i, phone] of (client.phones ?? []).entries()) {
      if (i > 0) await this.page.getByTestId('client-phone-add').click();
      await this.page.getByTestId(`client-phone-${i}`).fill(phone);
    }
    for (const [i, email] of (client.emails ?? []).entries()) {
      if (i > 0) await this.page.getByTestId('client-email-add').click();
      await this.page.getByTestId(`client-email-${i}`).fill(email);
    }
    if (client.company) await this.page.getByTestId('client-company').fill(client.company);
  }

  /** Waits for the duplicate check of what is on screen now (never an older answer). */
  async checkDone(): Promise<void> {
    await expect(this.form).toHaveAttribute('data-check-state', 'done');
  }

  async createClient(client: NewClient): Promise<void> {
    await this.startNewClient();
    await this.fillClient(client);
    await this.page.getByTestId('client-save').click();
    await expect(this.page.getByTestId('client-page')).toBeVisible();
    await expect(this.page.getByTestId('client-name')).toHaveText(client.fullName);
  }
}

export const test = base.extend<{ app: AppDriver }>({
  app: async ({ page }, use) => {
    const app = new AppDriver(page);
    await app.setUp();
    await use(app);
  },
});

export { expect };
