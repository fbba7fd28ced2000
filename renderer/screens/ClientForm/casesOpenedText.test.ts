import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { casesOpenedText, type ColleagueClient } from './casesOpenedText';

let ru: i18n;
let en: i18n;
beforeAll(async () => {
  ru = await i18nForTests('ru');
  en = await i18nForTests('en');
});

/** `n` clients of other managers; `colleagues` distinct managers among them. */
const clients = (n: number, colleagues = n): ColleagueClient[] =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `c${i}`,
    managerName: `Manager ${i % colleagues}`,
    officeName: 'Office 2',
  }));

describe('the toast after saving a duplicate', () => {
  it('says nothing when no case was opened', () => {
    expect(casesOpenedText(ru, [])).toBeNull();
  });

  it('counts the cases, not the warning’s lines, with Russian plurals: 1, 3, 5, 21', () => {
    const title = (n: number) => casesOpenedText(ru, clients(n, 1))!.title;
    expect([1, 3, 5, 21].map(title)).toEqual([
      'Открыт случай',
      'Открыто 3 случая',
      'Открыто 5 случаев',
      'Открыт 21 случай',
    ]);
    expect(casesOpenedText(en, clients(3, 1))!.title).toBe('3 cases were opened');
  });

  it('counts one case per client, however many ways it was found', () => {
    const same = { clientId: 'c1', managerName: 'Masha Petrova', officeName: 'Office 2' };
    expect(casesOpenedText(ru, [same, same])).toEqual({
      title: 'Открыт случай',
      message:
        'Открыт случай с коллегой: Masha Petrova (Office 2). Договоритесь между собой, кто ведёт этого клиента; случай есть в разделе «Случаи».',
    });
  });

  it('names a few colleagues and counts the rest when a save opened 51 cases', () => {
    const text = casesOpenedText(ru, clients(51))!;
    expect(text.title).toBe('Открыт 51 случай');
    expect(text.message).toBe(
      'Открыты случаи с коллегами: Manager 0 (Office 2), Manager 1 (Office 2), Manager 2 (Office 2) и ещё 48 коллегами. Договоритесь с каждым, кто ведёт этого клиента; случаи есть в разделе «Случаи».',
    );
    expect(casesOpenedText(ru, clients(4))!.message).toContain('и ещё 1 коллегой');
  });
});
