// Sandboxed preload (built as CommonJS: out/preload/index.cjs). No logic here:
// it exposes the contract's channels, nothing else, as `window.claimdesk`.
import { contextBridge, ipcRenderer } from 'electron';
import { eventChannels, invokeChannels } from '../../shared/ipc/contract';
import { createDesktopApi } from './bridge';

contextBridge.exposeInMainWorld('claimdesk', createDesktopApi(ipcRenderer, invokeChannels, eventChannels));
