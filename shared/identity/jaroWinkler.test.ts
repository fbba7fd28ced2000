import { describe, expect, it } from 'vitest';
import { jaroWinkler } from './jaroWinkler';

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal, 0 for empty or disjoint strings', () => {
    expect(jaroWinkler('ivan', 'ivan')).toBe(1);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('ivan', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('gives the same after comparing longer words', () => {
    const before = jaroWinkler('dixon', 'dicksonx');
    jaroWinkler('a'.repeat(200), 'ab'.repeat(100));
    jaroWinkler('aleksandrovich', 'aleksandrovna');
    expect(jaroWinkler('dixon', 'dicksonx')).toBe(before);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
  });

  it('is symmetric and stays within 0..1', () => {
    const words = ['ivanov', 'ivanova', 'petrov', 'smirnov', 'a', 'ab', 'ba', 'aleksandr', 'aleksander'];
    for (const a of words) {
      for (const b of words) {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(jaroWinkler(b, a), 12);
      }
    }
  });
});
