// The type of `window.claimdesk` for the renderer. Type-only: it imports nothing
// at runtime and declares no globals (the renderer declares
// `window.claimdesk?: ClaimdeskDesktopApi` itself).
import type { DesktopApi } from '../../shared/ipc/contract';

export type ClaimdeskDesktopApi = DesktopApi;
export type {
  AppInfo,
  EventArgs,
  EventChannel,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  NotifyRequest,
} from '../../shared/ipc/contract';
