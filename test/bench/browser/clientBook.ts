import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { createOfficeCrypto, openOfficeCore, type OfficeCore } from '../../../shared/office';
import { followBookOrder } from '../../../shared/office/readModels/bookOrder';
import { clientListPage } from '../../../shared/office/readModels/clientList';
import { databaseOf } from '../../support/officeDatabase';
import { benchPhone } from '../claimsFixture';
import { benchClient, BENCH_SURNAMES as SURNAMES } from './benchClient';
import { percentile, type BenchFigure } from '../figure';

const params = new URLSearchParams(location.search);
const size = Number(params.get('clients') ?? 100_000);
const runs = Number(params.get('runs') ?? 10);
const FILL_BATCH = 2_000;

async function openCore(name: string): Promise<OfficeCore> {
  return openOfficeCore({
    name,
    storage: getRxStorageDexie(),
    multiInstance: false,
    crypto: createOfficeCrypto(window.crypto),
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Median of `runs` searches, each for another query: RxDB answers a repeated query from its cache. */
async function p50(core: OfficeCore, queryOf: (run: number) => string): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const query = queryOf(i);
    const { ms, value } = await timed(() => core.searchClients(query, 1_000));
    if (value.length === 0) throw new Error(`nothing found for ${query}`);
    latencies.push(ms);
  }
  return percentile(
    latencies.sort((a, b) => a - b),
    50,
  );
}

const COMPANY_WORDS = ['вектор', 'альфа', 'ромашка', 'бета', 'соколова', 'ооо', 'трэвел', 'тур', 'плюс', 'ип', 'ао'];

/**
 * The client book of an office on Dexie (IndexedDB) in real Chromium, in two page loads: `fill`
 * writes the clients as a pull writes them (the office's projection derives their claims and
 * search tokens); `measure`, in a browser started again on the same profile, opens the book as
 * the app does, pages and searches it. Measuring in the page that wrote a million documents
 * would measure IndexedDB still compacting them.
 */
let stage = 'starting';
const phase = params.get('phase') ?? 'fill';
const name = params.get('name') ?? 'book';

async function fill(): Promise<BenchFigure[]> {
  const filling = await openCore(name);
  const set = await filling.setProfile({ userName: 'Bench', officeName: 'Bench office', defaultCountry: 'RU' });
  if (!set.ok) throw new Error('profile');
  stage = 'filling';
  const fillStart = performance.now();
  for (let start = 0; start < size; start += FILL_BATCH) {
    const batch = Array.from({ length: Math.min(FILL_BATCH, size - start) }, (_, k) =>
      benchClient(start + k, set.value),
    );
    await databaseOf(filling).clients.bulkInsert(batch);
  }
  // Closing waits for the projection: the claims and search tokens of every client are written.
  await filling.close();
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const label = size.toLocaleString('en-US');
  return [
    {
      name: `Chromium/Dexie: write ${label} clients and project claims and search tokens`,
      value: fillSeconds,
      unit: 's',
    },
  ];
}

async function measure(): Promise<BenchFigure[]> {
  stage = 'reopening';
  const open = await timed(() => openCore(name));
  const core = open.value;
  const firstTotal = await timed(() => firstValueFrom(core.clientBook$()));
  if (firstTotal.value.total !== size) throw new Error(`book holds ${firstTotal.value.total}, expected ${size}`);
  stage = 'paging';
  const db = databaseOf(core);
  const firstPage = await timed(() => core.clientListPage(0, 100));
  const middle = Math.floor(size / 2);
  const soughtMiddle = await timed(() => clientListPage(db, middle, 100));
  const nextPage = await timed(() => core.clientListPage(middle + 100, 100, soughtMiddle.value.at(-1)));
  stage = 'reading the book order';
  const order = await timed(async () => {
    const failures: unknown[] = [];
    const following = followBookOrder(db, (error) => failures.push(error));
    while (following.idsAt(0, 1) === null) {
      if (failures.length > 0) throw failures[0];
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return following;
  });
  const middlePage = await timed(() => clientListPage(db, middle, 100, undefined, order.value));
  const lastPage = await timed(() => clientListPage(db, size - 100, 100, undefined, order.value));
  order.value.stop();
  if (middlePage.value[0]?.id !== soughtMiddle.value[0]?.id)
    throw new Error('the order in memory and the index disagree');

  // Spread over the book, so no two runs ask the same.
  const spread = (run: number) => Math.floor(((run + 0.5) * size) / runs);
  const searches: Array<[string, (run: number) => string]> = [
    ['surname prefix', (r) => SURNAMES[r % SURNAMES.length]!.slice(0, 4 + Math.floor(r / SURNAMES.length))],
    ['company word', (r) => COMPANY_WORDS[r % COMPANY_WORDS.length]!],
    [
      'phone ending (7 digits)',
      (r) =>
        benchPhone(spread(r))
          .slice(-7)
          .replace(/(\d{3})(\d{2})(\d{2})/u, '$1-$2-$3'),
    ],
    ['phone beginning', (r) => benchPhone(spread(r)).slice(0, 10)],
    ['email piece', (r) => `client${spread(r) - (spread(r) % 3)}@`],
  ];
  stage = 'searching';
  const searchFigures: BenchFigure[] = [];
  for (const [label, queryOf] of searches) {
    searchFigures.push({
      name: `Chromium/Dexie: search by ${label}, ${size.toLocaleString('en-US')} clients, p50`,
      value: await p50(core, queryOf),
      unit: 'ms',
    });
  }
  const tokens = await databaseOf(core).nametokens.count().exec();
  await core.close();
  const label = size.toLocaleString('en-US');
  return [
    { name: `Chromium/Dexie: search tokens for ${label} clients`, value: tokens, unit: 'docs' },
    { name: `Chromium/Dexie: open the office core on ${label} clients`, value: open.ms, unit: 'ms' },
    { name: `Chromium/Dexie: book total, ${label} clients`, value: firstTotal.ms, unit: 'ms' },
    { name: `Chromium/Dexie: first page (100 rows) of ${label}`, value: firstPage.ms, unit: 'ms' },
    {
      name: `Chromium/Dexie: page in the middle of ${label}, sought by index counts`,
      value: soughtMiddle.ms,
      unit: 'ms',
    },
    { name: `Chromium/Dexie: next page from the previous one's end`, value: nextPage.ms, unit: 'ms' },
    { name: `Chromium/Dexie: read the book's order into memory, ${label}`, value: order.ms, unit: 'ms' },
    { name: `Chromium/Dexie: page in the middle of ${label}, from the order`, value: middlePage.ms, unit: 'ms' },
    { name: `Chromium/Dexie: last page of ${label}, from the order`, value: lastPage.ms, unit: 'ms' },
    ...searchFigures,
  ];
}

(phase === 'fill' ? fill() : measure()).then(
  (figures) => {
    window.benchDone = { figures };
    document.getElementById('log')!.textContent = JSON.stringify(figures, null, 2);
  },
  (error: unknown) => {
    // IndexedDB fails with DOMExceptions, which carry a name and a message but often no stack.
    const described = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    window.benchDone = { error: `${stage}: ${described}` };
  },
);
