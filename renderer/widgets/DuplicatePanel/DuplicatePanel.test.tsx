import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientMatch, DuplicateCheck } from '../../../shared/office';
import { en } from '../../i18n/en';
import { addNameFormatters } from '../../i18n/nameFormatters';
import { ru } from '../../i18n/ru';
import { DuplicatePanel, MATCHES_SHOWN } from './DuplicatePanel';

// A colleague's client cannot be created in one browser before sync exists, so this is where
// the wording of another owner's claim is pinned down.
const NOW = new Date(2025, 9, 15, 12).getTime();
const DAY = 24 * 60 * 60 * 1000;

const petyasClient: ClientMatch = {
  clientId: 'c1',
  clientLabel: 'Ivanov P.',
  ownerId: 'petya',
  ownerName: 'Petya Ivanov',
  officeId: 'o1',
  officeName: 'Office 1',
  since: new Date(2025, 9, 12).getTime(),
  lastActivityAt: NOW - 3 * DAY,
  matchedBy: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
  isOwn: false,
};

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  addNameFormatters(i18n);
});

async function render(check: DuplicateCheck, language = 'en'): Promise<string> {
  await i18n.changeLanguage(language);
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <DuplicatePanel state="done" check={check} now={NOW} onOpen={() => {}} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
}

const base: DuplicateCheck = {
  keys: [],
  problems: [],
  matches: [],
  companies: [],
  remote: { state: 'checked', at: NOW },
  hints: [],
};
const typedPhone: DuplicateCheck = {
  ...base,
  keys: [{ kind: 'phone', key: 'phone:+79161234567', display: '+7 916 ***-**-67' }],
};

describe('DuplicatePanel', () => {
  it('names the owner, office, dates and what matched for a colleague’s client', async () => {
    const text = await render({ ...base, matches: [petyasClient] });
    expect(text).toContain('Already claimed by Petya Ivanov (Office 1)');
    expect(text).toContain('Ivanov P. — since Oct 12, last activity 3 days ago. Matched by phone +7 916 ***-**-67.');
    expect(text).not.toContain('You already have this client');
  });

  it('lists every way a client matched', async () => {
    const text = await render({
      ...base,
      matches: [
        { ...petyasClient, matchedBy: [...petyasClient.matchedBy, { kind: 'domain', display: 'romashka-tour.ru' }] },
      ],
    });
    expect(text).toContain('Matched by phone +7 916 ***-**-67 and company domain romashka-tour.ru.');
  });

  it('calls one’s own client a possible copy, not a conflict', async () => {
    const text = await render({ ...base, matches: [{ ...petyasClient, isOwn: true }] });
    expect(text).toContain('You already have this client');
    expect(text).toContain('Open existing client');
  });

  it('shows a name-only match as a hint, without a warning', async () => {
    const text = await render({
      ...base,
      hints: [{ clientId: 'c2', fullName: 'Пётр Иванов', ownerName: 'Petya Ivanov', score: 0.9 }],
    });
    expect(text).toContain('Possible duplicate (similar name)');
    expect(text).toContain('Пётр Иванов — client of Petya Ivanov');
    expect(text).not.toContain('Already claimed');
  });

  it('speaks Russian', async () => {
    const text = await render({ ...base, matches: [petyasClient] }, 'ru');
    expect(text).toContain('Клиент уже закреплён за Petya Ivanov (Office 1)');
    expect(text).toContain('последняя активность 3 дня назад');
    expect(text).toContain('Совпадение: телефон +7 916 ***-**-67.');
  });

  it('says nobody in the agency has the client only when other offices were checked', async () => {
    expect(await render(typedPhone, 'ru')).toContain('Ни у кого в агентстве нет таких телефонов и e-mail.');
    expect(await render(typedPhone)).toContain('No one in the agency has a client with these phones and emails.');
    for (const remote of [
      { state: 'pending' },
      { state: 'offline' },
      { state: 'overBudget', resetsAt: NOW + 3 * 3_600_000 },
      { state: 'notSignedIn' },
    ] as const) {
      const text = await render({ ...typedPhone, remote }, 'ru');
      expect(text).not.toContain('Ни у кого');
      expect(text).toContain('В вашем офисе нет клиентов с такими телефонами и e-mail.');
    }
  });

  it('tells where other offices stand when they could not be checked', async () => {
    const offline = await render({ ...typedPhone, remote: { state: 'offline', lastCheckedAt: NOW - 3_600_000 } }, 'ru');
    expect(offline).toContain('Другие офисы будут проверены, когда связь вернётся (последняя проверка: 11:00).');
    const overBudget = await render(
      { ...typedPhone, remote: { state: 'overBudget', resetsAt: NOW + 3 * 3_600_000 } },
      'ru',
    );
    expect(overBudget).toContain('Лимит проверок исчерпан до 15:00 — другие офисы будут проверены при синхронизации.');
    const notSignedIn = await render({ ...typedPhone, remote: { state: 'notSignedIn' } });
    expect(notSignedIn).toContain('Other offices will be checked once you sign in to the agency’s server.');
  });

  it('keeps a found client above the note that other offices were not checked', async () => {
    const text = await render({ ...typedPhone, matches: [petyasClient], remote: { state: 'offline' } });
    expect(text).toContain('Already claimed by Petya Ivanov (Office 1)');
    expect(text).toContain('Other offices will be checked when the connection is back.');
  });
});

describe('DuplicatePanel at a company', () => {
  const alfa = {
    domain: 'alfa-corp.ru',
    managers: [
      { managerId: 'petya', managerName: 'Петя Иванов', officeName: 'Офис 1', clients: 220, isMe: false },
      { managerId: 'vasya', managerName: 'Вася', officeName: 'Офис 3', clients: 2, isMe: false },
    ],
  };
  const many = Array.from({ length: 12 }, (_, i) => ({
    ...petyasClient,
    clientId: `c${i}`,
    clientLabel: `Client ${i}`,
  }));

  it('lists the exact matches first, then one line per company, with Russian plurals', async () => {
    const text = await render({ ...base, matches: [petyasClient], companies: [alfa] }, 'ru');
    expect(text).toContain('alfa-corp.ru — Петя Иванов, Офис 1: 220 клиентов и Вася, Офис 3: 2 клиента');
    expect(text.indexOf('Клиент уже закреплён')).toBeLessThan(text.indexOf('alfa-corp.ru —'));
    expect(text.match(/alfa-corp\.ru —/gu)).toHaveLength(1);
  });

  it('caps the person list with "and N more" so the panel stays one screen', async () => {
    const html = await render({ ...base, matches: many, companies: [alfa] }, 'ru');
    expect(html.match(/Клиент уже закреплён/gu)).toHaveLength(MATCHES_SHOWN);
    expect(html).toContain(`и ещё ${12 - MATCHES_SHOWN} клиентов с такими телефонами и e-mail`);
    const one = await render({ ...base, matches: many.slice(0, MATCHES_SHOWN + 1) }, 'ru');
    expect(one).toContain('и ещё 1 клиент с такими');
    const en = await render({ ...base, matches: many }, 'en');
    expect(en).toContain(`and ${12 - MATCHES_SHOWN} more clients`);
  });
});
