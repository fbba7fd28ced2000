import { create } from 'zustand';

/** Where the web build writes its service worker (scripts/webServiceWorker.ts), relative to the page. */
const WORKER_URL = './sw.js';
const CHECK_EVERY_MS = 60 * 60 * 1000;

interface AppUpdateState {
  /** A newer build, installed and waiting for the user to accept it. */
  waiting: ServiceWorker | null;
}

export const useAppUpdate = create<AppUpdateState>()(() => ({ waiting: null }));

/**
 * The web app keeps its built shell in a service worker, so it opens with the endpoint down. The
 * desktop app loads its files from disk and needs none: this is for http(s) pages only. A new
 * build is offered, never forced: it takes over when the user accepts (applyAppUpdate).
 */
export function registerAppServiceWorker(win: Window = window): void {
  const container = win.navigator.serviceWorker;
  if (!container || !/^https?:$/u.test(win.location.protocol)) return;
  container
    .register(WORKER_URL)
    .then((registration) => {
      const offer = (worker: ServiceWorker | null) => {
        // With no controller this is the first install, not an update.
        if (worker && container.controller) useAppUpdate.setState({ waiting: worker });
      };
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const incoming = registration.installing;
        incoming?.addEventListener('statechange', () => {
          if (incoming.state === 'installed') offer(incoming);
        });
      });
      win.setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    })
    .catch(() => {
      // No service worker (private mode, a browser policy): the app works online as before.
    });
}

/** Switches to the waiting build and reloads once it controls the page. */
export function applyAppUpdate(win: Window = window): void {
  const waiting = useAppUpdate.getState().waiting;
  const container = win.navigator.serviceWorker;
  if (!waiting || !container) return;
  container.addEventListener('controllerchange', () => win.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
