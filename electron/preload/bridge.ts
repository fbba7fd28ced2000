// Builds the object exposed as `window.claimdesk`: it forwards only the channels
// listed in the contract and never hands the renderer Electron's event object.
import type {
  DesktopApi,
  EventArgs,
  EventChannel,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
} from '../../shared/ipc/contract';

/** The part of Electron's ipcRenderer the bridge uses (a fake in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createDesktopApi(
  ipc: IpcRendererLike,
  allowedInvoke: readonly InvokeChannel[],
  allowedEvents: readonly EventChannel[],
): DesktopApi {
  const invokeSet = new Set<string>(allowedInvoke);
  const eventSet = new Set<string>(allowedEvents);
  const api: DesktopApi = {
    invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
      if (!invokeSet.has(channel)) {
        return Promise.reject(new Error(`"${String(channel)}" is not a Claimdesk desktop channel`));
      }
      return ipc.invoke(channel, ...args) as Promise<InvokeResult<C>>;
    },
    on<E extends EventChannel>(event: E, listener: (...args: EventArgs<E>) => void): () => void {
      if (!eventSet.has(event)) throw new Error(`"${String(event)}" is not a Claimdesk desktop event`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const forward = (_event: unknown, ...args: unknown[]) => listener(...(args as EventArgs<E>));
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    },
  };
  return Object.freeze(api);
}
