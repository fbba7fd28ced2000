import { describe, expect, it } from 'vitest';
import { draftProblems, EMPTY_DRAFT, intakeRequestOf } from './requestDraft';

describe('the take-a-request form', () => {
  it('sends what was typed, trimmed; an empty field sends nothing', () => {
    expect(
      intakeRequestOf({ ...EMPTY_DRAFT, phones: ' 8 916 123-45-67, +7 903 000 00 00 ', note: ' Турция ' }, 'x1'),
    ).toEqual({
      externalId: 'x1',
      channel: 'call',
      name: '',
      phones: ['8 916 123-45-67, +7 903 000 00 00'],
      emails: [],
      note: 'Турция',
    });
  });

  it('writes the wish as one line, leaving out what was not said', () => {
    const draft = {
      ...EMPTY_DRAFT,
      phones: '+79161234567',
      destination: 'Турция',
      dates: '12–19.06',
      budget: '200 000 ₽',
      note: ' у моря ',
    };
    expect(intakeRequestOf(draft, 'x2').note).toBe('Турция · 12–19.06 · 200 000 ₽ · у моря');
  });

  it("puts the endpoint's problems under the fields they belong to", () => {
    expect(
      draftProblems([
        { field: 'phones[0]', message: 'not a number' },
        { field: 'emails[0]', message: 'bad' },
      ]),
    ).toEqual({ phones: 'phoneInvalid', emails: 'emailInvalid' });
    expect(draftProblems([{ field: 'phones', message: 'give one' }])).toEqual({ phones: 'contactRequired' });
  });
});
