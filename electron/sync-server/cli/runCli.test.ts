import { describe, expect, it } from 'vitest';
import type { CliIo, ListedCommand } from './command';
import { generalUsage, runCli } from './runCli';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd: '/',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

const echo: ListedCommand = {
  name: 'echo',
  summary: 'prints its arguments',
  run: async (args, io) => (io.out(args.join(' ')), 0),
};
const broken: ListedCommand = {
  name: 'broken',
  summary: 'throws',
  run: async () => {
    throw new Error('boom');
  },
};

describe('runCli', () => {
  it('dispatches to the named command with the remaining arguments', async () => {
    const io = capture();
    expect(await runCli(['echo', 'a', '--b'], [echo], io)).toBe(0);
    expect(io.stdout).toBe('a --b');
  });

  it('lists the commands for --help (exit 0) and without a command (exit 2, on stderr)', async () => {
    const help = capture();
    expect(await runCli(['--help'], [echo, broken], help)).toBe(0);
    expect(help.stdout).toBe(generalUsage([echo, broken]));
    expect(help.stdout).toMatch(/echo\s+prints its arguments/);
    const none = capture();
    expect(await runCli([], [echo], none)).toBe(2);
    expect(none.stderr).toMatch(/Usage: claimdesk <command>/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const io = capture();
    expect(await runCli(['nope'], [echo], io)).toBe(2);
    expect(io.stderr).toMatch(/unknown command "nope"/);
  });

  it('turns an unexpected exception into exit 1 with the error', async () => {
    const io = capture();
    expect(await runCli(['broken'], [broken], io)).toBe(1);
    expect(io.stderr).toMatch(/unexpected failure: .*boom/);
  });
});
