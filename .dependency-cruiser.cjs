// Import rules that ESLint cannot see across files: no cycles anywhere, and who may import the
// renderer, the office core and the endpoint. Checked in `npm test` (npm run deps); the per-file
// layer bans live in eslint.config.js. docs/architecture.md explains the layers.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes two modules one: split the shared part out, or invert the dependency.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'renderer-is-a-leaf',
      severity: 'error',
      comment: 'Nothing outside renderer/ imports renderer/: shared code belongs in shared/.',
      // test/support/i18nForTests.ts serves the renderer's own unit tests only.
      from: { path: '^(shared|electron|test)/', pathNot: '^test/support/i18nForTests\\.ts$' },
      to: { path: '^renderer/' },
    },
    {
      name: 'endpoint-without-office-core',
      severity: 'error',
      comment: 'The sync endpoint never imports the office core (shared/office) or the desktop shell.',
      from: { path: '^electron/sync-server/' },
      to: { path: '^(shared/office|electron/main|electron/preload)/' },
    },
    {
      name: 'renderer-without-database',
      severity: 'error',
      comment: 'The UI reads and writes through the office core, never RxDB directly.',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { path: 'node_modules/rxdb/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|dist-web|dist-bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
