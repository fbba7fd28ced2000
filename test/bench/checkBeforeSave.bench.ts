import { openMemoryOffice } from '../support/memoryOffice';
import { benchPhone, fillClaims } from './claimsFixture';
import { percentile, type BenchFigure, type BenchTarget } from './figure';
import { benchProgress, type BenchProgress } from './progress';

const SIZES = [10_000, 100_000, 1_000_000];
const CHECKS = 2_000;
/** The target: a local check at 100,000 claims within 1 ms at p99. */
const P99_TARGET: Readonly<Record<number, BenchTarget>> = { 100_000: { op: '<=', value: 1 } };

/** Check-before-save latency in the Node office core (RxDB memory storage) as the claims index grows. */
export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  const figures = progress.figures;
  for (const size of SIZES) {
    const core = await openMemoryOffice({ name: `bench${size}${Date.now()}`, validate: false });
    const fillStart = performance.now();
    await fillClaims(core, size);
    figures.push({
      name: `fill ${size.toLocaleString('en-US')} claims`,
      value: (performance.now() - fillStart) / 1000,
      unit: 's',
    });
    // Warm-up: the first checks load phone metadata and compile the query paths.
    for (let i = 0; i < 200; i++)
      await core.checkDuplicates({ fullName: 'Warm Up', phones: [benchPhone(i)], emails: [] });
    const latencies: number[] = [];
    let found = 0;
    for (let i = 0; i < CHECKS; i++) {
      // Half the checks hit an existing claim (typed in national format), half miss.
      const hit = i % 2 === 0;
      const n = hit ? Math.floor(Math.random() * size) : size + i;
      const phone = `8${benchPhone(n).slice(2)}`;
      const started = performance.now();
      const check = await core.checkDuplicates({
        fullName: 'Иванов Пётр',
        phones: [phone],
        emails: ['someone@romashka-tour.ru'],
      });
      latencies.push(performance.now() - started);
      found += check.matches.length;
    }
    if (found !== CHECKS / 2) throw new Error(`expected ${CHECKS / 2} matches, got ${found}`);
    latencies.sort((a, b) => a - b);
    figures.push({
      name: `check before save, ${size.toLocaleString('en-US')} claims, p50`,
      value: percentile(latencies, 50),
      unit: 'ms',
    });
    figures.push({
      name: `check before save, ${size.toLocaleString('en-US')} claims, p99`,
      value: percentile(latencies, 99),
      unit: 'ms',
      ...(P99_TARGET[size] ? { target: P99_TARGET[size] } : {}),
    });
    await core.close();
  }
  figures.push({ name: 'heap after runs', value: process.memoryUsage().heapUsed / 2 ** 20, unit: 'MB' });
  return figures;
}
