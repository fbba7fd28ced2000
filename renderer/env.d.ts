import type { ClaimdeskDesktopApi } from './platform/desktopApi';

declare global {
  interface Window {
    /** Present only inside the desktop app (exposed by the preload); absent in a browser. */
    claimdesk?: ClaimdeskDesktopApi;
  }
}

export {};
