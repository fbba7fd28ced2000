// Plans an import off the page when a worker can start, and on the page when one cannot (a shell or
// a policy without workers, the unit tests): the plan is the same either way.
import type { ClientRow } from '../../../shared/clientBase';
import { planImport, type ImportGroup } from '../../../shared/clientImport';

export type PlanContext = Parameters<typeof planImport>[1];
export interface PlanRequest {
  rows: readonly ClientRow[];
  context: PlanContext;
}
export type PlanAnswer = { ok: true; groups: ImportGroup[] } | { ok: false; message: string };

export function planOffThePage(rows: readonly ClientRow[], context: PlanContext): Promise<ImportGroup[]> {
  const onThePage = () => Promise.resolve().then(() => planImport(rows, context));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./planWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThePage();
  }
  return new Promise<ImportGroup[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PlanAnswer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.groups);
      else reject(new Error(event.data.message));
    };
    // Only a worker that failed to load or start gets here: the plan's own errors come as answers.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onThePage().then(resolve, reject);
    };
    worker.postMessage({ rows, context } satisfies PlanRequest);
  });
}
