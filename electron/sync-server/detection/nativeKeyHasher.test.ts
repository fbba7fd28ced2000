import { describe, expect, it } from 'vitest';
import { createKeyHasher } from '../../../shared/identity';
import { createNativeKeyHasher } from './nativeKeyHasher';

describe('createNativeKeyHasher', () => {
  it('hashes every key exactly as the shared hasher does, whatever the secret and the characters', () => {
    for (const secret of ['agency secret', 'ключ агентства', 'a'.repeat(100)]) {
      const portable = createKeyHasher(secret);
      const native = createNativeKeyHasher(secret);
      for (const key of [
        'phone:+79161234567',
        'email:ivan@example.ru',
        'domain:xn--80ak6aa92e.com',
        'email:пётр@почта.рф',
        '',
      ])
        expect(native(key)).toBe(portable(key));
    }
  });
});
