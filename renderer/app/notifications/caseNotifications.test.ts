import { Subject } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import type { Notification } from '../../../shared/notify/notificationRules';
import type { NotifyOutcome } from '../../platform';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { startCaseNotifications } from './caseNotifications';
import type { Translator } from '../../i18n/translator';
import { notificationText } from './notificationText';

/** A tiny i18next stand-in: nested keys, {{params}}, _one/_other plurals. */
function translator(resources: object, language: string): Translator {
  const lookup = (key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        resources,
      );
  const t = (key: string, options: Record<string, unknown> = {}) => {
    let text = lookup(key);
    if (text === undefined && typeof options.count === 'number')
      text = lookup(`${key}_${new Intl.PluralRules(language).select(options.count)}`);
    return String(text ?? key).replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(options[name]));
  };
  return { t, exists: (key) => lookup(key) !== undefined || lookup(`${key}_other`) !== undefined, language };
}

const owner: Notification = {
  id: 'case:a:b',
  kind: 'ownerDuplicate',
  caseIds: ['case:a:b'],
  title: 'New duplicate of your client',
  body: 'English body',
  params: {
    clientLabel: 'Ivanov P.',
    matched: '+7 916 ***-**-67',
    ownerName: 'Petya Ivanov',
    ownerOffice: 'Office 1',
    newcomerName: 'Masha Petrova',
    newcomerOffice: 'Office 2',
  },
  route: '/cases/case%3Aa%3Ab',
};

describe('notification text', () => {
  it('says who added a duplicate of my client, in English and in Russian', () => {
    expect(notificationText(translator(en, 'en'), owner)).toEqual({
      title: 'New duplicate of your client',
      body: 'Ivanov P. (+7 916 ***-**-67) was added by Masha Petrova, Office 2.',
    });
    expect(notificationText(translator(ru, 'ru'), owner)).toEqual({
      title: 'Новый дубликат вашего клиента',
      body: 'Ivanov P. (+7 916 ***-**-67) добавил(а) Masha Petrova, Office 2.',
    });
  });

  it('counts a digest', () => {
    const digest: Notification = {
      ...owner,
      id: 'digest:x:5',
      kind: 'digest',
      caseIds: [],
      params: { count: 5, duplicates: 5, companyContacts: 0 },
      route: '/cases',
    };
    expect(notificationText(translator(en, 'en'), digest).title).toBe('5 new duplicate clients');
    expect(notificationText(translator(ru, 'ru'), digest).title).toBe('5 новых дубликатов клиентов');
    const mixed = { ...digest, params: { count: 5, duplicates: 3, companyContacts: 2 } };
    expect(notificationText(translator(ru, 'ru'), mixed).title).toBe(
      '3 новых дубликата клиентов и 2 новых контакта в компаниях ваших клиентов',
    );
  });

  it('falls back to the core’s English for a kind it does not know', () => {
    const odd = { ...owner, kind: 'somethingNew' as Notification['kind'] };
    expect(notificationText(translator(en, 'en'), odd)).toEqual({ title: owner.title, body: owner.body });
  });
});

describe('case notifications', () => {
  it('shows each notification through the platform, in-app when the system refuses, and keeps the count current', async () => {
    const notifications$ = new Subject<Notification>();
    const unseenCaseCount$ = new Subject<number>();
    const shown: string[] = [];
    let outcome: NotifyOutcome = 'shown';
    const platform = {
      showNotification: vi.fn(async (n: { title: string }): Promise<NotifyOutcome> => {
        shown.push(n.title);
        return outcome;
      }),
      setUnseenCount: vi.fn(async () => undefined),
    };
    const inApp = vi.fn();
    const stop = startCaseNotifications({
      core: { notifications$, unseenCaseCount$ },
      platform,
      i18n: translator(en, 'en'),
      showInApp: inApp,
    });

    notifications$.next(owner);
    await vi.waitFor(() => expect(platform.showNotification).toHaveBeenCalledTimes(1));
    expect(platform.showNotification).toHaveBeenCalledWith({
      id: owner.id,
      title: 'New duplicate of your client',
      body: expect.stringContaining('Masha Petrova') as string,
      route: owner.route,
    });
    expect(inApp).not.toHaveBeenCalled();

    // Already on screen as a system notification: no toast on top of it.
    outcome = 'alreadyShown';
    notifications$.next(owner);
    await vi.waitFor(() => expect(platform.showNotification).toHaveBeenCalledTimes(2));

    outcome = 'refused';
    notifications$.next({ ...owner, id: 'case:c:d' });
    await vi.waitFor(() => expect(inApp).toHaveBeenCalledTimes(1));
    expect(inApp).toHaveBeenCalledWith(expect.objectContaining({ id: 'case:c:d', route: owner.route }));

    unseenCaseCount$.next(2);
    unseenCaseCount$.next(2);
    unseenCaseCount$.next(0);
    expect(platform.setUnseenCount.mock.calls).toEqual([[2], [0]]);

    stop();
    notifications$.next({ ...owner, id: 'case:e:f' });
    await Promise.resolve();
    expect(platform.showNotification).toHaveBeenCalledTimes(3);
  });
});
