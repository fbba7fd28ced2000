// An office core in a worker thread (RxDB's free tier allows 13 open collections per process;
// a core uses 6), driven from the test over messages: the same calls the in-process ones take.
import { parentPort, workerData } from 'node:worker_threads';
import type { SyncServer } from '../../../electron/sync-server/server';
import type { OfficeTeam } from '../api';
import { workstation, type Workstation } from '../officeWorkstation';
import { stateOf } from './workstationState';

export interface RemoteCall {
  id: number;
  method: string;
  args: unknown[];
}

const { url, team } = workerData as { url: string; team: Pick<OfficeTeam, 'office' | 'managerUser'> };
let station: Workstation | null = null;

async function run(method: string, args: unknown[]): Promise<unknown> {
  if (method === 'open') {
    station = await workstation({ url } as SyncServer, team as OfficeTeam);
    return null;
  }
  if (!station) throw new Error('open the workstation first');
  const w = station;
  switch (method) {
    case 'setOnline':
      return w.net.setOnline(args[0] as boolean);
    case 'awaitInSync':
      return w.sync.awaitInSync();
    case 'state':
      return stateOf(w.core, w.shown);
    case 'close':
      w.sub.unsubscribe();
      await w.sync.stop();
      return w.core.close();
    default: {
      const fn = (w.core as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method];
      if (typeof fn !== 'function') throw new Error(`no such call: ${method}`);
      return fn.apply(w.core, args);
    }
  }
}

parentPort?.on('message', (call: RemoteCall) => {
  run(call.method, call.args).then(
    (value) => parentPort?.postMessage({ id: call.id, value }),
    (error: unknown) =>
      parentPort?.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
