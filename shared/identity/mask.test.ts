import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from './mask';

describe('maskPhone: country and area code, last two digits, the rest hidden', () => {
  it.each([
    ['+79161234567', '+7 916 ***-**-67'],
    ['+74951234567', '+7 495 ***-**-67'],
    ['+78005553535', '+7 800 ***-**-35'],
    ['+375291234567', '+375 29 ***-**-67'],
    ['+380501234567', '+380 50 ***-**67'],
    ['+77011234567', '+7 701 ***-**67'],
    ['+442079460958', '+44 20 ****-**58'],
    ['+12125550123', '+1 212 ***-**23'],
  ])('%s → %s', (e164, masked) => {
    expect(maskPhone(e164)).toBe(masked);
  });

  it('always hides at least five digits', () => {
    for (const e164 of ['+79161234567', '+375291234567', '+3726123456', '+4930123456', '+3725123456']) {
      const hidden = (maskPhone(e164).match(/\*/g) ?? []).length;
      expect(hidden, e164).toBeGreaterThanOrEqual(5);
      expect(maskPhone(e164).endsWith(e164.slice(-2)), e164).toBe(true);
    }
  });

  it('a number too short to keep anything shows only its country code', () => {
    expect(maskPhone('+35312345')).toBe('+353 *****');
  });

  it('something that is not E.164 is still masked, never echoed', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('+0001234567')).toBe('+********67');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskEmail: first letter, three stars, the domain', () => {
  it.each([
    ['petrivanov@gmail.com', 'p***@gmail.com'],
    ['a@romashka.ru', 'a***@romashka.ru'],
    ['ivan-petrov@yandex.ru', 'i***@yandex.ru'],
    ['иван@xn--80aqeigdi5k.xn--p1ai', 'и***@компания.рф'],
    ['garbage', '***'],
    ['@x.ru', '***'],
  ])('%s → %s', (canonical, masked) => {
    expect(maskEmail(canonical)).toBe(masked);
  });

  it('does not reveal the length of the mailbox', () => {
    expect(maskEmail('ab@x.ru').length).toBe(maskEmail('abcdefgh@x.ru').length);
  });
});
