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
});
