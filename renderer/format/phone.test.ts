import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone';

describe('formatPhone', () => {
  it('groups the digits the way people read them', () => {
    expect(formatPhone('+79161234567', '', 'доб.')).toBe('+7 916 123 45 67');
  });

  it('appends the extension', () => {
    expect(formatPhone('+74951234567', '123', 'доб.')).toBe('+7 495 123 45 67 доб. 123');
  });

  it('shows what was stored when it cannot be parsed', () => {
    expect(formatPhone('garbage', '', 'ext.')).toBe('garbage');
  });
});
