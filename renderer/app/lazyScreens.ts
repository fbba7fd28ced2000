import { lazyScreen } from './lazyScreen';

// Every screen but the client book (the first screen) and the sign-in: fetched when first shown,
// so the first screen waits for less code. Reports carry the charts, Import the file readers,
// Admin the console; the others are smaller but add up.

export const AdminScreen = lazyScreen(() => import('../screens/Admin/AdminScreen').then((m) => m.AdminScreen));
export const CaseDetail = lazyScreen(() => import('../screens/Cases/CaseDetail').then((m) => m.CaseDetail));
export const CasesInbox = lazyScreen(() => import('../screens/Cases/CasesInbox').then((m) => m.CasesInbox));
export const ClientFormScreen = lazyScreen(() =>
  import('../screens/ClientForm/ClientFormScreen').then((m) => m.ClientFormScreen),
);
export const ClientPage = lazyScreen(() => import('../screens/ClientPage/ClientPage').then((m) => m.ClientPage));
export const ImportScreen = lazyScreen(() => import('../screens/Import/ImportScreen').then((m) => m.ImportScreen));
export const RegulationsScreen = lazyScreen(() =>
  import('../screens/Regulations/RegulationsScreen').then((m) => m.RegulationsScreen),
);
export const ReportsScreen = lazyScreen(() => import('../screens/Reports/ReportsScreen').then((m) => m.ReportsScreen));
export const RequestsScreen = lazyScreen(() =>
  import('../screens/Requests/RequestsScreen').then((m) => m.RequestsScreen),
);
export const SettingsScreen = lazyScreen(() =>
  import('../screens/Settings/SettingsScreen').then((m) => m.SettingsScreen),
);

/** A page that never idles (a long first sync) still gets the screens this soon. */
const IDLE_TIMEOUT_MS = 3_000;

const ALL = [
  AdminScreen,
  CaseDetail,
  CasesInbox,
  ClientFormScreen,
  ClientPage,
  ImportScreen,
  RegulationsScreen,
  ReportsScreen,
  RequestsScreen,
  SettingsScreen,
];

/** Fetches every screen's code, one after another; a failure is left for the visit to retry. */
async function preloadScreens(): Promise<void> {
  for (const screen of ALL) await screen.preload().catch(() => undefined);
}

/**
 * Once the first screen is up and the page has nothing else to do, fetches the other screens, so
 * a later visit never waits for code (nor flashes a loader). Waiting for idle keeps the compiling
 * off the first screen's own work. Returns a cancel for a shell that goes away first.
 */
export function preloadScreensWhenIdle(win: Window = window): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(() => void preloadScreens(), { timeout: IDLE_TIMEOUT_MS });
    return () => win.cancelIdleCallback(id);
  }
  // No idle callbacks (Safari): soon after the first screen instead.
  const id = win.setTimeout(() => void preloadScreens(), IDLE_TIMEOUT_MS);
  return () => win.clearTimeout(id);
}
