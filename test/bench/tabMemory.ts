// What a Chromium tab of the app holds, read from outside the page: its JS heap (through the
// DevTools protocol, after a collection) and its renderer process's proportional set size. The
// issue's memory target is for the tab; a process's RSS would also count the shared libraries
// every Chromium process maps.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchFigure } from './figure';

const MB = 1024 * 1024;

/**
 * `userDataDir` names the browser (its processes carry it on their command line). A browser keeps
 * spare renderers of a few tens of MB beside the tab's, so the tab's is the biggest of them.
 */
export async function tabMemory(
  context: BrowserContext,
  page: Page,
  userDataDir: string,
  what: string,
  targetMb?: number,
): Promise<BenchFigure[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  const renderers = rendererPss(userDataDir);
  const tab = renderers.length ? Math.max(...renderers) : Number.NaN;
  return [
    { name: `${what}: the tab's JS heap (after a collection)`, value: heap / MB, unit: 'MB' },
    {
      name: `${what}: the tab's renderer process (PSS)`,
      value: tab / MB,
      unit: 'MB',
      ...(targetMb ? { target: { op: '<=' as const, value: targetMb } } : {}),
    },
  ];
}

/** The PSS, in bytes, of every renderer process of the browser started on `userDataDir`. */
function rendererPss(userDataDir: string): number[] {
  const sizes: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/u.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer') || !cmdline.includes(userDataDir)) continue;
      const pss = /^Pss:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (pss) sizes.push(Number(pss[1]) * 1024);
    } catch {
      // The process ended while it was read: it was not the tab.
    }
  }
  return sizes;
}
