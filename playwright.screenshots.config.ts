// `npm run screenshots`: the main screens in Russian at 1366×768, written to docs/screenshots/.
// The same browser and web build as the end-to-end tests (playwright.config.ts).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'test/screenshots',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  reporter: 'list',
});
