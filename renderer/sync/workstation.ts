import { version } from '../../package.json';
import type { WorkstationReport } from '../../shared/sync';
import type { Platform } from '../platform/platform';

/** What this workstation tells the endpoint of itself with each sync call (see shared/sync/workstationReport). */
export function workstationReporter(platform: Platform, pending: () => number): () => WorkstationReport {
  const system = systemOf(globalThis.navigator?.userAgent ?? '');
  const kind = platform.kind === 'electron' ? 'desktop' : 'web';
  return () => ({ app: version, kind, system, pending: pending() });
}

/** The operating system a user agent names; an admin reads it to tell one workstation from another. */
export function systemOf(userAgent: string): string {
  if (/Android/u.test(userAgent)) return 'Android';
  if (/iPhone|iPad/u.test(userAgent)) return 'iOS';
  if (/Windows/u.test(userAgent)) return 'Windows';
  if (/Mac OS X|Macintosh/u.test(userAgent)) return 'macOS';
  if (/CrOS/u.test(userAgent)) return 'ChromeOS';
  if (/Linux/u.test(userAgent)) return 'Linux';
  return '';
}
