import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyHasher } from './keyHash';

describe('createKeyHasher', () => {
  it('is HMAC-SHA-256 of the key under the secret, as any other implementation computes it', () => {
    const hash = createKeyHasher('agency secret');
    for (const key of ['phone:+79161234567', 'email:пётр@почта.рф', 'domain:xn--80aswg.xn--p1ai']) {
      expect(hash(key)).toBe(createHmac('sha256', 'agency secret').update(key, 'utf8').digest('hex'));
    }
  });

  it('differs between secrets and between keys', () => {
    expect(createKeyHasher('a')('phone:+79161234567')).not.toBe(createKeyHasher('b')('phone:+79161234567'));
    const hash = createKeyHasher('a');
    expect(hash('phone:+79161234567')).not.toBe(hash('phone:+79161234568'));
  });
});
