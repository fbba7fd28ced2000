import { describe, expect, it } from 'vitest';
import { parseServerArgs } from './args';

const TOKEN = 'a-metrics-token-of-some-length';

describe('parseServerArgs', () => {
  it('has no metrics unless --metrics is given', () => {
    expect(parseServerArgs([], { CLAIMDESK_METRICS_TOKEN: TOKEN }).metricsToken).toBeUndefined();
    expect(parseServerArgs(['--metrics'], { CLAIMDESK_METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
  });

  it('refuses --metrics without a token long enough', () => {
    expect(() => parseServerArgs(['--metrics'], {})).toThrow(/--metrics needs CLAIMDESK_METRICS_TOKEN/);
    expect(() => parseServerArgs(['--metrics'], { CLAIMDESK_METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(() => parseServerArgs(['--metrics'], { CLAIMDESK_METRICS_TOKEN: 'has spaces in the token' })).toThrow(
      /without spaces/,
    );
  });

  it('takes the intake rate limit from the flag or the environment, and refuses nonsense', () => {
    expect(parseServerArgs([], {}).intakeRateLimit).toBeUndefined();
    expect(parseServerArgs(['--intake-rate-limit', '600'], {}).intakeRateLimit).toBe(600);
    expect(parseServerArgs([], { CLAIMDESK_INTAKE_RATE_LIMIT: '50' }).intakeRateLimit).toBe(50);
    expect(() => parseServerArgs(['--intake-rate-limit', 'lots'], {})).toThrow(/whole number of requests per minute/);
    expect(() => parseServerArgs(['--intake-rate-limit', '0'], {})).toThrow(/whole number/);
    expect(parseServerArgs([], {}).trustProxy).toBe(false);
    expect(parseServerArgs(['--trust-proxy'], {}).trustProxy).toBe(true);
  });
});
