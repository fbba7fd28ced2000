import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/integration/**/*.test.ts',
    ],
    // Hang guards, not speed checks: an endpoint on a fresh embedded store starts slowly on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
