// The test's side of remoteWorkstation.ts: starts the worker (TypeScript through tsx) and calls it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AdminUser, Office } from '../../../shared/sync';
import type { WorkstationState } from './workstationState';

export interface WorkerOffice {
  call<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  state(): Promise<WorkstationState>;
  terminate(): Promise<void>;
}

export async function workerOffice(
  url: string,
  team: { office: Office; managerUser: AdminUser },
): Promise<WorkerOffice> {
  // A worker does not inherit the test's TypeScript loader: register tsx, then load the module.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./remoteWorkstation.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { url, team } });
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  worker.on('message', (m: { id: number; value?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(m.error));
    else w?.resolve(m.value);
  });
  worker.on('error', (e) => waiting.forEach((w) => w.reject(e)));
  const call = <T>(method: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    });
  await call('open');
  return {
    call,
    state: () => call<WorkstationState>('state'),
    async terminate() {
      await call('close').catch(() => undefined);
      await worker.terminate();
    },
  };
}
