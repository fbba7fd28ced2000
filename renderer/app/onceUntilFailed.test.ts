import { describe, expect, it, vi } from 'vitest';
import { onceUntilFailed } from './onceUntilFailed';

describe('onceUntilFailed', () => {
  it('runs once however often it is asked, and every caller gets the same result', async () => {
    const start = vi.fn(() => Promise.resolve({ opened: true }));
    const open = onceUntilFailed(start);
    const [first, second] = await Promise.all([open(), open()]);
    expect(second).toBe(first);
    expect(await open()).toBe(first);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('runs again after a failure', async () => {
    const start = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('IndexedDB is blocked'))
      .mockResolvedValue('open');
    const open = onceUntilFailed(start);
    await expect(open()).rejects.toThrow('IndexedDB is blocked');
    await expect(open()).resolves.toBe('open');
    await expect(open()).resolves.toBe('open');
    expect(start).toHaveBeenCalledTimes(2);
  });
});
