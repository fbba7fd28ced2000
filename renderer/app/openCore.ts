import { createOfficeCrypto, openOfficeCore, type OfficeCore } from '../../shared/office';
import { indexedDbStorage } from '../../shared/office/indexedDbStorage';

/** One database per workstation profile; several windows of the app share it (multiInstance). */
export function openBrowserOfficeCore(): Promise<OfficeCore> {
  return openOfficeCore({
    name: 'claimdesk-office',
    storage: indexedDbStorage(),
    multiInstance: true,
    crypto: createOfficeCrypto(window.crypto),
    reportBackgroundFailure: (task, error) => console.warn(`Claimdesk: ${task} failed.`, error),
  });
}
