// Dispatching `claimdesk <command> …` to a command; separate from main.ts so tests call it in-process.
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo, type ListedCommand } from './command';

export function generalUsage(commands: readonly ListedCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: claimdesk <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "claimdesk <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], commands: readonly ListedCommand[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(generalUsage(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`claimdesk: unknown command "${name}".\n\n${generalUsage(commands)}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A bug, not bad input: say so plainly and keep the stack for the report.
    io.err(
      `claimdesk ${name}: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_FAILURE;
  }
}
