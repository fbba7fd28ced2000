import { createOfficeCrypto, openOfficeCore } from '../../../shared/office';
import { indexedDbStorage } from '../../../shared/office/indexedDbStorage';
import { benchPhone, fillClaims } from '../claimsFixture';
import { percentile, type BenchFigure } from '../figure';
import { databaseOf } from '../../support/officeDatabase';

declare global {
  interface Window {
    benchDone?: { figures: BenchFigure[] } | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const size = Number(params.get('claims') ?? 100_000);
const checks = Number(params.get('checks') ?? 1_000);

/** The office core on IndexedDB in real Chromium, with the app's own storage: what a workstation does. */
async function run(): Promise<BenchFigure[]> {
  const core = await openOfficeCore({
    name: `bench${Date.now()}`,
    storage: indexedDbStorage(),
    multiInstance: false,
    crypto: createOfficeCrypto(window.crypto),
  });
  const set = await core.setProfile({ userName: 'Bench', officeName: 'Bench office', defaultCountry: 'RU' });
  if (!set.ok) throw new Error('profile');
  const fillStart = performance.now();
  await fillClaims(core, size, 10_000);
  const fillSeconds = (performance.now() - fillStart) / 1000;
  // Warm-up: the first checks load phone metadata and compile the query paths.
  for (let i = 0; i < 200; i++)
    await core.checkDuplicates({ fullName: 'Warm Up', phones: [benchPhone(i)], emails: [] });
  const latencies: number[] = [];
  let found = 0;
  for (let i = 0; i < checks; i++) {
    const hit = i % 2 === 0;
    const n = hit ? Math.floor(Math.random() * size) : size + i;
    const started = performance.now();
    const check = await core.checkDuplicates({
      fullName: 'Иванов Пётр',
      phones: [`8${benchPhone(n).slice(2)}`],
      emails: ['someone@romashka-tour.ru'],
    });
    latencies.push(performance.now() - started);
    found += check.matches.length;
  }
  if (found !== checks / 2) throw new Error(`expected ${checks / 2} matches, got ${found}`);
  latencies.sort((a, b) => a - b);
  await databaseOf(core).remove();
  const label = size.toLocaleString('en-US');
  return [
    { name: `Chromium/Dexie: fill ${label} claims`, value: fillSeconds, unit: 's' },
    { name: `Chromium/Dexie: check before save, ${label} claims, p50`, value: percentile(latencies, 50), unit: 'ms' },
    {
      name: `Chromium/Dexie: check before save, ${label} claims, p99`,
      value: percentile(latencies, 99),
      unit: 'ms',
      // The target: within 3 ms at p99 on Dexie, at 100,000 claims.
      ...(size === 100_000 ? { target: { op: '<=' as const, value: 3 } } : {}),
    },
  ];
}

run().then(
  (figures) => {
    window.benchDone = { figures };
    document.getElementById('log')!.textContent = JSON.stringify(figures, null, 2);
  },
  (error: unknown) => {
    window.benchDone = { error: String(error instanceof Error ? error.stack : error) };
  },
);
