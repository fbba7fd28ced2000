// The list of subcommands. Adding one (e.g. `admin`) is a new file in commands/ and a line here.
import type { CliCommand } from './command';
import { adminCommand } from './commands/admin';
import { dedupeCommand } from './commands/dedupe';

export const COMMANDS: readonly CliCommand[] = [dedupeCommand, adminCommand];
