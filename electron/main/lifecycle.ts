// App lifecycle: one instance per user session, the window hides to the tray on close
// (sync and notifications go on), a real quit comes from the tray menu or app quit.

export interface AppLike {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance' | 'before-quit' | 'activate' | 'session-end', listener: () => void): unknown;
}

/** False when another Claimdesk is already running: this one quits and the other one is focused. */
export function acquireSingleInstance(app: AppLike, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondInstance);
  return true;
}

export interface HideableWindowLike {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

/** Closing the window hides it unless the app is quitting (tray Quit, Cmd+Q, app.quit(), OS session end). */
export function hideOnClose(window: HideableWindowLike, app: Pick<AppLike, 'on'>) {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('session-end', () => {
    quitting = true;
  });
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    window.hide();
  });
  return { isQuitting: () => quitting };
}

export interface FocusableWindowLike {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function focusWindow(window: FocusableWindowLike | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
