// The list of subcommands. Adding one (e.g. `admin`) is a new file in commands/ and a line here.
import type { CliCommand, ListedCommand } from './command';

/** A command whose module is imported only when it runs: each command loads what it needs, no more. */
function onDemand(name: string, summary: string, load: () => Promise<CliCommand>): ListedCommand {
  return { name, summary, run: async (args, io) => (await load()).run(args, io) };
}

export const COMMANDS: readonly ListedCommand[] = [
  onDemand(
    'dedupe',
    'report duplicate clients (shared phone, email or corporate domain) in a CSV, .xlsx or .xls export',
    async () => (await import('./commands/dedupe')).dedupeCommand,
  ),
  onDemand(
    'import',
    'import a client base into an office, with a duplicate report against the agency (via a running endpoint)',
    async () => (await import('./commands/import')).importCommand,
  ),
  onDemand(
    'admin',
    'offices, users, passwords and intake keys (via a running endpoint)',
    async () => (await import('./commands/admin')).adminCommand,
  ),
  onDemand(
    'backup',
    'take a consistent backup of a running endpoint into a file',
    async () => (await import('./commands/backup')).backupCommand,
  ),
  onDemand(
    'restore',
    'restore a backup into an empty data folder or database',
    async () => (await import('./commands/restore')).restoreCommand,
  ),
];
