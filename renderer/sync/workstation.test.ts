import { describe, expect, it } from 'vitest';
import { systemOf } from './workstation';

describe('systemOf', () => {
  it('names the system of the user agents our offices run', () => {
    const agents: Record<string, string> = {
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) claimdesk/0.1.0 Chrome/140.0 Electron/38.0 Safari/537.36':
        'Windows',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15':
        'macOS',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36': 'Linux',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36':
        'Android',
      '': '',
    };
    for (const [agent, system] of Object.entries(agents)) expect(systemOf(agent), agent).toBe(system);
  });
});
