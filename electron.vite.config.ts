// Desktop build: main (ESM) → out/main, sandboxed preload (CommonJS, .cjs) → out/preload,
// renderer (renderer/) → out/renderer. The web build has its own config (vite.web.config.ts).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildCsp, SYNC_ENDPOINT_SOURCES } from './electron/main/csp';
import { rendererChunks } from './scripts/rendererChunks';

/** The built page is loaded from file://, where a response header is not guaranteed: carry the same policy in a <meta> tag. */
function cspMetaTag(): Plugin {
  return {
    name: 'claimdesk:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: buildCsp({ forMeta: true, connectSrc: SYNC_ENDPOINT_SOURCES }),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module, and in a "type": "module" package a .js file would be read as one.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: resolve('renderer/index.html'), output: { codeSplitting: rendererChunks } },
    },
    plugins: [react(), cspMetaTag()],
  },
});
