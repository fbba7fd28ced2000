// The list of subcommands. Adding one (e.g. `admin`) is a new file in commands/ and a line here.
import type { CliCommand } from './command';
import { adminCommand } from './commands/admin';
import { backupCommand } from './commands/backup';
import { dedupeCommand } from './commands/dedupe';
import { importCommand } from './commands/import';
import { restoreCommand } from './commands/restore';

export const COMMANDS: readonly CliCommand[] = [
  dedupeCommand,
  importCommand,
  adminCommand,
  backupCommand,
  restoreCommand,
];
