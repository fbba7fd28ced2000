import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first two words', () => {
    expect(initials('Анна Смирнова')).toBe('АС');
    expect(initials('  maria   de la Cruz ')).toBe('MD');
  });

  it('is one letter for one word and a question mark for none', () => {
    expect(initials('Pyotr')).toBe('P');
    expect(initials('   ')).toBe('?');
  });

  it('keeps a letter outside the basic plane whole', () => {
    expect(initials('𝓐nna Smith')).toBe('𝓐S');
  });
});
