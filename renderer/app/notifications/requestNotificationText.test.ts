import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestDigest, requestNotification } from '../../../shared/office/requests/requestNotification';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { requestForTests } from '../../../test/support/requestForTests';
import { notificationText } from './notificationText';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const spouseCall = requestForTests('r1', {
  assignee: { userId: 'petya', name: 'Петя', officeId: 'o1' },
  receivedAt: 1,
  updatedAt: 1,
});

describe('a new request, as the assignee is told', () => {
  it("names the client when the request is the client's family's, with the channel in words", () => {
    const note = requestNotification(spouseCall);
    expect(notificationText(ru, note)).toEqual({
      title: 'Новая заявка',
      body: 'Ваш клиент Иванов П. · Звонок · Турция 12–19.06',
    });
    expect(notificationText(en, note)).toEqual({
      title: 'New request',
      body: 'Your client Иванов П. · Call · Турция 12–19.06',
    });
  });

  it('names the caller when they are nobody’s client yet', () => {
    const note = requestNotification({
      ...spouseCall,
      channel: 'site',
      route: 'freeDesk',
      reason: { code: 'freeDesk', assignee: 'Петя' },
    });
    expect(notificationText(ru, note).body).toBe('Иванова Мария · Сайт · Турция 12–19.06');
  });

  it('sums up several waiting requests with the right plural', () => {
    expect(notificationText(ru, requestDigest(5, 1)).title).toBe('5 новых заявок');
    expect(notificationText(ru, requestDigest(2, 1)).title).toBe('2 новые заявки');
    expect(notificationText(en, requestDigest(4, 1)).title).toBe('4 new requests');
  });
});
