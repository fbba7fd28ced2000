// The web build of the renderer: what the browser end-to-end tests drive and what the sync
// endpoint will serve. The desktop build has its own config (electron.vite.config.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { webServiceWorker } from './scripts/webServiceWorker';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs, so the same output also loads from file:// inside Electron.
  base: './',
  plugins: [react(), webServiceWorker()],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    // libphonenumber-js/max carries full metadata; one chunk of that size is expected.
    chunkSizeWarningLimit: 2000,
  },
});
