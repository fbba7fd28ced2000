// How the renderer's code is cut into files, for the web build and the desktop window alike.
// Libraries go into a few files of their own, named for what they are: they change far less
// often than the app, so a new version of the app leaves them in the browser's cache, and the
// start fetches several files side by side. Only what the first screen needs ("$initial") goes
// into the files the start loads; what only later screens use stays with them.
import type { Rolldown } from 'vite';

type CodeSplitting = Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>;

const inPackages = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);

export const rendererChunks: CodeSplitting = {
  groups: [
    { name: 'react', test: inPackages('react|react-dom|scheduler'), tags: ['$initial'], priority: 4 },
    // The office database: RxDB on Dexie (IndexedDB), and the streams it speaks.
    {
      name: 'database',
      test: inPackages(
        'rxdb|dexie|rxjs|mingo|broadcast-channel|oblivious-set|unload|custom-idle-queue|event-reduce-js|array-push-at-sort-position|js-base64|@noble',
      ),
      tags: ['$initial'],
      priority: 3,
    },
    // What a phone, an address and a domain are: the numbering plans, the public suffixes, the mail providers.
    {
      name: 'identity-data',
      test: inPackages('libphonenumber-js|tldts|tldts-core|email-providers|punycode'),
      tags: ['$initial'],
      priority: 3,
    },
    { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
    // Mantine's components that only later screens use, in one file rather than dozens of tiny ones.
    {
      name: 'ui-extra',
      test: inPackages('@mantine/core|@mantine/hooks|@floating-ui/[^\\\\/]+|react-number-format'),
      priority: 1,
    },
  ],
};
