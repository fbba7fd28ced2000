import { createEndpointClient } from '../../../../shared/endpoint';
import { createOfficeCrypto, openOfficeCore } from '../../../../shared/office';
import { indexedDbStorage } from '../../../../shared/office/indexedDbStorage';
import type { BenchFigure } from '../../figure';
import { databaseOf } from '../../../support/officeDatabase';

const params = new URLSearchParams(location.search);

/** A fresh office on Dexie in real Chromium pulls everything its office has on the endpoint (served same-origin). */
async function run(): Promise<BenchFigure[]> {
  const endpoint = createEndpointClient({
    baseUrl: location.origin,
    http: { fetch: (url, init) => fetch(url, init), TextDecoder },
  });
  const signedIn = await endpoint.login(params.get('user') ?? '', params.get('password') ?? '');
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.failure.message}`);
  const login = signedIn.value;
  const core = await openOfficeCore({
    name: `pull${Date.now()}`,
    storage: indexedDbStorage(),
    multiInstance: false,
    crypto: createOfficeCrypto(window.crypto),
  });
  await core.adoptAccount({
    endpointId: location.origin,
    userId: login.user.id,
    userName: login.user.name,
    officeId: login.user.officeId ?? '',
    officeName: params.get('office') ?? '',
  });
  const started = performance.now();
  const sync = core.startSync(endpoint.sync(), location.origin);
  await sync.awaitInSync();
  const count = await databaseOf(core).clients.count().exec();
  const seconds = (performance.now() - started) / 1000;
  await sync.stop();
  await databaseOf(core).remove();
  return [
    {
      name: `initial pull into a fresh office (Chromium, Dexie), ${count.toLocaleString('en-US')} clients`,
      value: count / seconds,
      unit: 'docs/s',
      target: { op: '>=', value: 5_000 },
    },
  ];
}

run().then(
  (figures) => {
    window.benchDone = { figures };
  },
  (error: unknown) => {
    window.benchDone = { error: String(error instanceof Error ? error.stack : error) };
  },
);
