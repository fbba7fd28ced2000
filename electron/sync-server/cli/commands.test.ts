import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';

describe('the list of commands', () => {
  it('loads each command under the name it is listed by', async () => {
    for (const command of COMMANDS) {
      let out = '';
      const io = { out: (t: string) => void (out += t), err: () => undefined, cwd: '/' };
      expect(await command.run(['--help'], io), command.name).toBe(0);
      expect(out, command.name).toMatch(new RegExp(`^Usage: claimdesk ${command.name}\\b`));
    }
  });
});
