// The import plan run in a worker: for a base of 100,000 rows it is seconds of work, which on the
// page would freeze the screen (no progress, no clicks) until it is done.
import { planImport } from '../../../shared/clientImport';
import type { PlanAnswer, PlanRequest } from './planOffThePage';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<PlanRequest>) => void) | null;
  postMessage(answer: PlanAnswer): void;
};

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, groups: planImport(event.data.rows, event.data.context) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
