import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('pickLanguage', () => {
  it('follows the OS locale when nothing was chosen', () => {
    expect(pickLanguage(null, 'ru-RU')).toBe('ru');
    expect(pickLanguage(null, 'RU')).toBe('ru');
    expect(pickLanguage(null, 'en-GB')).toBe('en');
    expect(pickLanguage(null, 'kk-KZ')).toBe('en');
  });

  it('keeps the user’s choice over the OS locale', () => {
    expect(pickLanguage('en', 'ru-RU')).toBe('en');
    expect(pickLanguage('ru', 'en-US')).toBe('ru');
  });

  it('ignores a stored value it does not know', () => {
    expect(pickLanguage('de', 'ru-RU')).toBe('ru');
  });
});
