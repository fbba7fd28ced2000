// Layers from docs/architecture.md, checked by machine: each folder may import only what its row allows.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const nodeBan = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'Node built-ins are not allowed in this layer; inject the capability instead.',
  })),
};
// The package by exact name: a pattern like 'electron/*' would also catch the repo's own electron/ folder.
const electronPath = { name: 'electron', message: 'Electron belongs to electron/main and electron/preload only.' };
const reactBan = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*', 'zustand', 'react-i18next'],
  message: 'UI libraries belong to renderer/.',
};
const rendererBan = {
  group: ['**/renderer/**', '**/renderer'],
  message: 'renderer/ is imported by nobody outside it.',
};
const mainBan = {
  group: ['**/electron/main/**', '**/sync-server/**', '**/electron/main', '**/sync-server'],
  message: 'The renderer reaches the main process only through the preload API.',
};
const databaseBan = {
  group: ['rxdb', 'rxdb/*', '**/office/officeDatabase'],
  message: 'The renderer reads and writes through the office core (its read models and commands), never RxDB itself.',
};
const serverBan = { group: ['**/electron/**', '**/electron'], message: 'shared/ depends on nothing outside shared/.' };

/**
 * shared/'s domain folders from the bottom up (docs/architecture.md): identity and the plain
 * utilities depend on nothing of ours, the office core sits on top of everything.
 */
const SHARED_LEVELS = [
  ['identity', 'csv', 'merge', 'ipc'],
  ['payouts', 'dedupe', 'clientBase', 'routing'],
  ['cases'],
  ['db'],
  ['workflow'],
  ['regulations', 'deals', 'notify'],
  ['sync'],
  ['endpoint', 'clientImport'],
  ['office'],
];

function sharedLevelBans(folder, level) {
  const notBelow = SHARED_LEVELS.slice(level)
    .flat()
    .filter((f) => f !== folder);
  if (!notBelow.length) return [];
  const below = SHARED_LEVELS.slice(0, level).flat().join(', ') || 'none';
  return [
    {
      group: notBelow.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
      message: `shared/${folder} may import only the shared/ folders below it: ${below} (see docs/architecture.md).`,
    },
  ];
}

function restrict(patterns, { node = false, electron = false } = {}) {
  const paths = [...(node ? nodeBan.paths : []), ...(electron ? [electronPath] : [])];
  return {
    'no-restricted-imports': ['error', { paths, patterns }],
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
      'dist-bench/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict([reactBan, rendererBan, serverBan], { node: true, electron: true }),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'require',
        'Buffer',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  // Inside shared/, domain folders are layers too: each imports only folders of a lower level.
  ...SHARED_LEVELS.flatMap((folders, level) =>
    folders.map((folder) => ({
      files: [`shared/${folder}/**/*.ts`],
      ignores: ['shared/**/*.test.ts'],
      rules: restrict([reactBan, rendererBan, serverBan, ...sharedLevelBans(folder, level)], {
        node: true,
        electron: true,
      }),
    })),
  ),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([mainBan, databaseBan], { node: true, electron: true }),
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/sync-server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      [
        rendererBan,
        {
          group: ['**/electron/main/**', '**/preload/**'],
          message: 'The sync server is plain Node: it never depends on the desktop shell.',
        },
        {
          group: ['**/shared/office/**', '**/shared/office'],
          message: 'The endpoint never runs the office core: what both need lives in shared/ outside office/.',
        },
      ],
      { electron: true },
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([rendererBan]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      [
        rendererBan,
        {
          group: ['**/electron/main/**', '**/sync-server/**'],
          message: 'The preload holds no logic: it only bridges the typed API.',
        },
      ],
      { node: true },
    ),
  },
  {
    files: [
      'test/**/*.{ts,tsx}',
      '**/*.test.{ts,tsx}',
      '*.config.{ts,js}',
      '.dependency-cruiser.cjs',
      'scripts/**/*.{js,mjs,ts}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
