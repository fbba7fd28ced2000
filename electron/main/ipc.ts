// Main side of the IPC contract: every invoke channel gets a handler that first checks
// the sender, then validates the arguments against shared/ipc, then dispatches.
import { eventContract, invokeChannels, invokeContract } from '../../shared/ipc/contract';
import type { EventArgs, EventChannel, InvokeHandlers } from '../../shared/ipc/contract';
import { IpcValidationError } from '../../shared/ipc/validate';

/** What an ipcMain.handle listener receives (the fields we rely on). */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

/**
 * Trusted = sent by the main frame of our window's webContents while it shows one of
 * the app's own pages. A subframe, another window, or a page navigated elsewhere is not.
 */
export function createTrustedSenderCheck(
  getAppContents: () => { id: number } | undefined,
  isAppUrl: (url: string) => boolean,
): (event: IpcEventLike) => boolean {
  return (event) => {
    const contents = getAppContents();
    const frame = event.senderFrame;
    return (
      contents !== undefined &&
      event.sender.id === contents.id &&
      frame !== null &&
      (frame.parent === null || frame.parent === undefined) &&
      isAppUrl(frame.url)
    );
  };
}

/** Registers one handler per contract channel; returns a function that removes them all. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  isTrustedSender: (event: IpcEventLike) => boolean,
): () => void {
  for (const channel of invokeChannels) {
    const parse = invokeContract[channel].args as (raw: unknown, at: string) => unknown[];
    const handler = handlers[channel] as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, async (event, ...raw) => {
      if (!isTrustedSender(event)) {
        throw new UntrustedSenderError(`${channel}: rejected, the sender is not the Claimdesk window`);
      }
      const parsed = parse(raw, channel);
      return handler(...parsed);
    });
  }
  return () => {
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
  };
}

export interface RendererContentsLike {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Typed main → renderer events; the arguments are checked against the contract too. Returns false when there is no renderer to tell. */
export function createRendererSender(getContents: () => RendererContentsLike | undefined) {
  return function sendToRenderer<E extends EventChannel>(event: E, ...args: EventArgs<E>): boolean {
    const parse = eventContract[event]?.args as ((raw: unknown, at: string) => unknown[]) | undefined;
    if (!parse) throw new IpcValidationError(`${String(event)} is not a Claimdesk event`);
    parse(args, event);
    const contents = getContents();
    if (!contents || contents.isDestroyed()) return false;
    contents.send(event, ...args);
    return true;
  };
}
export type SendToRenderer = ReturnType<typeof createRendererSender>;
