// Progress of a long command: a bar with counts and time left on a terminal, a quiet line now and
// then otherwise (a log or a script reading stderr), never on stdout, which carries the result.
import { SingleBar } from 'cli-progress';
import type { CliIo } from './command';

export interface Progress {
  update(done: number): void;
  done(): void;
}

/** Lines a non-terminal gets at most, so a log of a 100,000-row import stays readable. */
const QUIET_STEPS = 10;

export function createProgress(io: CliIo, what: string, total: number, unit: string): Progress {
  if (total === 0) return { update: () => undefined, done: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: `${what} [{bar}] {percentage}% · {value}/{total} ${unit} · {eta_formatted} left`,
      stream: process.stderr,
      hideCursor: true,
    });
    bar.start(total, 0);
    return { update: (done) => bar.update(done), done: () => bar.stop() };
  }
  let reported = 0;
  return {
    update(done) {
      const step = Math.floor((done / total) * QUIET_STEPS);
      if (step <= reported && done < total) return;
      reported = step;
      io.err(`${what}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${unit}\n`);
    },
    done: () => undefined,
  };
}
