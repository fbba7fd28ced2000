// What every `claimdesk` subcommand looks like: one file per command, registered in commands.ts.

/** Output is passed in so tests can run a command in-process and capture what it prints. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Where relative paths given by the user are resolved from (see main.ts for why not process.cwd()). */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** Full usage for `claimdesk <command> --help` and for usage errors. */
  usage: string;
  /** Resolves to the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A command as `claimdesk` lists it: its name and summary at hand, its code loaded only when it
 * runs (commands.ts), so `dedupe` does not wait for the endpoint's store and HTTP client to load.
 */
export interface ListedCommand {
  name: string;
  /** One line for `claimdesk --help`. */
  summary: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by the commands. */
export const EXIT_OK = 0;
/** The command failed unexpectedly (a bug). */
export const EXIT_FAILURE = 1;
/** Bad usage or unusable input: the message says what was expected. */
export const EXIT_USAGE = 2;
