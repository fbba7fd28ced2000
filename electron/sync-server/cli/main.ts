// Entry point of the `claimdesk` admin CLI (`npm run --silent claimdesk -- <command> …`).
import { COMMANDS } from './commands';
import { runCli } from './runCli';

// `npm run claimdesk -- dedupe clients.csv` runs us from the package root, not from where the
// admin typed it; npm passes that directory as INIT_CWD. Only trusted when npm is running our
// own script, so an INIT_CWD inherited from some other npm script cannot misdirect a path.
const userCwd =
  process.env.npm_lifecycle_event === 'claimdesk' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

// `claimdesk dedupe big.csv | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io = {
  out: (text: string): void => void process.stdout.write(text),
  err: (text: string): void => void process.stderr.write(text),
  cwd: userCwd,
};

// exitCode, not process.exit(): exit() could cut off a large report still being piped out.
process.exitCode = await runCli(process.argv.slice(2), COMMANDS, io);
