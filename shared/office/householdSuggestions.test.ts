import { describe, expect, it } from 'vitest';
import { nameStems, sharedContactPattern, surnameStem } from './householdSuggestions';

const phone = (e164: string) => ({ e164, extension: '' });

describe('household suggestions', () => {
  it('reads the male and female forms of a surname as one', () => {
    expect(surnameStem('Иванова')).toBe(surnameStem('Иванов'));
    expect(surnameStem('Малиновская')).toBe(surnameStem('Малиновский'));
    expect(surnameStem('Petrova')).toBe(surnameStem('Petrov'));
    expect(surnameStem('Сидорова')).not.toBe(surnameStem('Иванов'));
    // Whichever order the name was typed in.
    expect([...nameStems('Elena Petrova')].filter((s) => nameStems('Ivan Petrov').has(s))).toEqual(['petrov']);
  });

  it('needs a contact pattern too: a company domain, e-mail names on one word, or numbers of one block', () => {
    const none = { emails: [], phones: [] };
    expect(
      sharedContactPattern(
        { emails: ['p.ivanov@romashka.ru'], phones: [] },
        { emails: ['m.ivanova@romashka.ru'], phones: [] },
      ),
    ).toBe('companyDomain');
    expect(
      sharedContactPattern(
        { emails: ['ivanov.p@gmail.com'], phones: [] },
        { emails: ['ivanova.m@mail.ru'], phones: [] },
      ),
    ).toBe('emailName');
    expect(
      sharedContactPattern(
        { emails: [], phones: [phone('+74951234567')] },
        { emails: [], phones: [phone('+74951234599')] },
      ),
    ).toBe('phoneBlock');
    // Two free-mail addresses with unrelated names, or unrelated mobiles: a namesake, not a family.
    expect(
      sharedContactPattern(
        { emails: ['sun@gmail.com'], phones: [phone('+79161234567')] },
        { emails: ['moon@gmail.com'], phones: [phone('+79037654321')] },
      ),
    ).toBeNull();
    expect(sharedContactPattern(none, none)).toBeNull();
  });
});
