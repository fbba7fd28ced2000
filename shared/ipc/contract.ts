// The desktop IPC contract, declared once. Everything else is derived from it:
// the argument validation in main (electron/main/ipc.ts), the preload's channel
// allow-list (electron/preload/bridge.ts) and the renderer's type of
// `window.claimdesk` (electron/preload/api.ts).
//
// To add a channel: add one entry here, then the compiler asks for its handler in main.
import { args, integer, object, optional, string } from './validate';
import type { Parser } from './validate';

/** Phantom marker carrying a channel's result type; it has no runtime content. */
export interface Returns<R> {
  readonly __result?: R;
}
function returns<R>(): Returns<R> {
  return {};
}

export interface AppInfo {
  version: string;
  platform: string;
  /** From app.getLocale(), e.g. "ru", "en-US". */
  locale: string;
}

/**
 * An in-app route: starts with one "/", no scheme, no backslash, no whitespace.
 * Main sends it back to the renderer in a `navigate` event, it never loads it.
 */
export const route: Parser<string> = string({
  min: 1,
  max: 512,
  pattern: /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/,
  patternHint: 'an in-app route such as "/cases/123" (one leading "/", no scheme, no spaces)',
});

export const notifyRequest = object({
  /** Notifications with the same id are shown once; e.g. the conflict case id. */
  id: optional(string({ min: 1, max: 200 })),
  title: string({ min: 1, max: 200 }),
  body: string({ max: 1000 }),
  /** Where a click on the notification takes the user. */
  route: optional(route),
});
export type NotifyRequest = ReturnType<typeof notifyRequest>;

/**
 * What became of a notification request: the caller shows it inside the window only when the
 * system refused it — one already shown (same id) must not come back as an in-app toast.
 */
export type NotifyOutcome = 'shown' | 'alreadyShown' | 'refused';

/**
 * The agency sign-in a workstation keeps between starts. The token is the secret: main keeps it
 * encrypted with the OS keychain (safeStorage) and never writes it in the clear.
 */
export const storedSession = object({
  /** The endpoint's base address, http(s) only. */
  endpoint: string({
    min: 1,
    max: 2048,
    pattern: /^https?:\/\/[^\s]+$/u,
    patternHint: 'an http(s) address without spaces',
  }),
  token: string({ min: 1, max: 4096 }),
  userId: string({ min: 1, max: 200 }),
  userName: string({ min: 1, max: 200 }),
  officeId: string({ min: 1, max: 200 }),
  officeName: string({ max: 200 }),
  role: string({ min: 1, max: 20 }),
  /** Epoch milliseconds after which the endpoint refuses the token. */
  expiresAt: integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
});
export type StoredSession = ReturnType<typeof storedSession>;

/** persisted: false when this computer cannot encrypt it (no keychain): the user signs in at each start. */
export interface SessionSaveResult {
  persisted: boolean;
}

/** Renderer → main, request/response (ipcRenderer.invoke / ipcMain.handle). */
export const invokeContract = {
  'app:info': { args: args(), result: returns<AppInfo>() },
  'app:focus': { args: args(), result: returns<void>() },
  'notify:show': { args: args(notifyRequest), result: returns<{ outcome: NotifyOutcome }>() },
  'tray:setUnseenCount': { args: args(integer({ min: 0, max: 1_000_000 })), result: returns<void>() },
  'session:save': { args: args(storedSession), result: returns<SessionSaveResult>() },
  'session:load': { args: args(), result: returns<StoredSession | null>() },
  'session:clear': { args: args(), result: returns<void>() },
};

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export const eventContract = {
  navigate: { args: args(route) },
};

type Invoke = typeof invokeContract;
type Events = typeof eventContract;

export type InvokeChannel = keyof Invoke;
export type InvokeArgs<C extends InvokeChannel> = ReturnType<Invoke[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = Invoke[C]['result'] extends Returns<infer R> ? R : never;
export type EventChannel = keyof Events;
export type EventArgs<E extends EventChannel> = ReturnType<Events[E]['args']>;

/** What main must implement: one handler per invoke channel, arguments already validated. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => InvokeResult<C> | Promise<InvokeResult<C>>;
};

/** The object the preload exposes as `window.claimdesk`. */
export interface DesktopApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>>;
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (...args: EventArgs<E>) => void): () => void;
}

/** The allow-lists, derived from the contract (the preload bridges nothing else). */
export const invokeChannels = Object.freeze(Object.keys(invokeContract)) as readonly InvokeChannel[];
export const eventChannels = Object.freeze(Object.keys(eventContract)) as readonly EventChannel[];
