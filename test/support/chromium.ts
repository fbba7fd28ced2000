/**
 * Debian's Chromium, not a browser downloaded by Playwright (no downloads on these machines).
 * The flags keep it from reaching out to the network at start, which fails here many times over.
 */
export const CHROMIUM_PATH = process.env.CLAIMDESK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
