import { createOfficeCrypto, openOfficeCore } from '../../../shared/office';
import { indexedDbStorage } from '../../../shared/office/indexedDbStorage';
import { databaseOf } from '../../support/officeDatabase';
import type { BenchFigure } from '../figure';
import { benchClient } from './benchClient';

const params = new URLSearchParams(location.search);
const size = Number(params.get('clients') ?? 100_000);
const FILL_BATCH = 2_000;

/**
 * Fills the app's own office database (same origin, same name and storage as the web build opens)
 * with a set-up profile and `size` clients written as a pull writes them; closing waits for the
 * projection, so the claims and search tokens are on disk when the app is started on it.
 */
async function fill(): Promise<BenchFigure[]> {
  const core = await openOfficeCore({
    name: 'claimdesk-office',
    storage: indexedDbStorage(),
    multiInstance: true,
    crypto: createOfficeCrypto(window.crypto),
  });
  const set = await core.setProfile({ userName: 'Bench', officeName: 'Bench office', defaultCountry: 'RU' });
  if (!set.ok) throw new Error('profile');
  const started = performance.now();
  for (let start = 0; start < size; start += FILL_BATCH) {
    const batch = Array.from({ length: Math.min(FILL_BATCH, size - start) }, (_, k) =>
      benchClient(start + k, set.value),
    );
    await databaseOf(core).clients.bulkInsert(batch);
  }
  await core.close();
  return [
    {
      name: `Chromium/Dexie: fill the app's database with ${size.toLocaleString('en-US')} clients`,
      value: (performance.now() - started) / 1000,
      unit: 's',
    },
  ];
}

fill().then(
  (figures) => {
    window.benchDone = { figures };
    document.getElementById('log')!.textContent = JSON.stringify(figures, null, 2);
  },
  (error: unknown) => {
    const described = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    window.benchDone = { error: described };
  },
);
