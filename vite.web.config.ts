// The web build of the renderer: what the browser end-to-end tests drive and what the sync
// endpoint will serve. The desktop build has its own config (electron.vite.config.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererChunks } from './scripts/rendererChunks';
import { webServiceWorker } from './scripts/webServiceWorker';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs, so the same output also loads from file:// inside Electron.
  base: './',
  plugins: [react(), webServiceWorker()],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: rendererChunks } },
    // The identity data (every country's numbering plan, the public suffixes, the mail providers)
    // is one file of about 600 kB, needed whole: a warning above that means something else grew.
    chunkSizeWarningLimit: 700,
  },
});
