import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  DIGEST_THRESHOLD,
  notificationsFor,
  type CaseNotice,
  type Viewer,
} from './notificationRules';

function notice(id: string, over: Partial<CaseNotice> = {}): CaseNotice {
  return {
    id,
    owner: {
      clientId: `old-${id}`,
      clientLabel: 'Ivanov P.',
      managerId: 'petya',
      managerName: 'Petya Ivanov',
      officeId: 'o1',
      officeName: 'Office 1',
      since: 1,
    },
    newcomer: {
      clientId: `new-${id}`,
      clientLabel: 'Ivanov P.',
      managerId: 'masha',
      managerName: 'Masha Petrova',
      officeId: 'o2',
      officeName: 'Office 2',
      since: 2,
    },
    matched: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
    detectedAt: 3,
    detectedWhere: 'endpoint',
    causedBy: 'masha',
    ...over,
  };
}
const petya: Viewer = { userId: 'petya', officeId: 'o1', role: 'manager' };
const masha: Viewer = { userId: 'masha', officeId: 'o2', role: 'manager' };
const lead1: Viewer = { userId: 'lead1', officeId: 'o1', role: 'lead' };
const lead3: Viewer = { userId: 'lead3', officeId: 'o3', role: 'lead' };
const none = new Set<string>();

describe('notificationsFor', () => {
  it('tells the owner who added the duplicate, with the masked key and a route to the case', () => {
    expect(notificationsFor([notice('c1')], petya, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual([
      {
        id: 'c1',
        kind: 'ownerDuplicate',
        caseIds: ['c1'],
        title: 'New duplicate of your client',
        body: 'Ivanov P. (+7 916 ***-**-67) was added by Masha Petrova, Office 2.',
        params: {
          clientLabel: 'Ivanov P.',
          matched: '+7 916 ***-**-67',
          ownerName: 'Petya Ivanov',
          ownerOffice: 'Office 1',
          newcomerName: 'Masha Petrova',
          newcomerOffice: 'Office 2',
        },
        route: '/cases/c1',
      },
    ]);
  });

  it('respects the owner’s setting', () => {
    expect(
      notificationsFor([notice('c1')], petya, { ...DEFAULT_NOTIFICATION_SETTINGS, duplicateOfMyClient: false }, none),
    ).toEqual([]);
  });

  it('never notifies a lead for a duplicate they entered themselves', () => {
    expect(notificationsFor([notice('c1', { causedBy: 'lead1' })], lead1, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual(
      [],
    );
  });

  it('still tells the owner when it was their own push that revealed the duplicate (both offices were offline)', () => {
    expect(notificationsFor([notice('c1', { causedBy: 'petya' })], petya, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual(
      [expect.objectContaining({ kind: 'ownerDuplicate' })],
    );
  });

  it('tells the newcomer only when the duplicate was found at sync, not when they saw the warning', () => {
    expect(
      notificationsFor([notice('c1', { detectedWhere: 'beforeSave' })], masha, DEFAULT_NOTIFICATION_SETTINGS, none),
    ).toEqual([]);
    expect(
      notificationsFor([notice('c1', { detectedWhere: 'officeSync' })], masha, DEFAULT_NOTIFICATION_SETTINGS, none),
    ).toEqual([
      expect.objectContaining({
        kind: 'newcomerFoundAtSync',
        body: "Ivanov P. (+7 916 ***-**-67) is Petya Ivanov's client (Office 1).",
      }),
    ]);
  });

  it('tells leads about cases of their office only, when they asked to', () => {
    expect(notificationsFor([notice('c1')], lead1, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual([
      expect.objectContaining({ kind: 'officeCase' }),
    ]);
    expect(notificationsFor([notice('c1')], lead3, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual([]);
    expect(
      notificationsFor([notice('c1')], lead1, { ...DEFAULT_NOTIFICATION_SETTINGS, officeCases: false }, none),
    ).toEqual([]);
  });

  it('never shows a case twice', () => {
    expect(
      notificationsFor([notice('c1'), notice('c2')], petya, DEFAULT_NOTIFICATION_SETTINGS, new Set(['c1'])).map(
        (n) => n.id,
      ),
    ).toEqual(['c2']);
  });

  it('sums up a flood in one digest', () => {
    const many = Array.from({ length: DIGEST_THRESHOLD + 5 }, (_, i) => notice(`c${i}`));
    const shown = notificationsFor(many, petya, DEFAULT_NOTIFICATION_SETTINGS, none);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      kind: 'digest',
      title: `${DIGEST_THRESHOLD + 5} new duplicate clients`,
      params: { count: DIGEST_THRESHOLD + 5, context: 'live', duplicates: DIGEST_THRESHOLD + 5, companyContacts: 0 },
      route: '/cases',
    });
    expect(shown[0]!.body).not.toMatch(/away/);
    // Gathered by a catch-up (the app was closed, the endpoint out of reach): worded as such.
    const [away] = notificationsFor(many, petya, DEFAULT_NOTIFICATION_SETTINGS, none, 'away');
    expect(away).toMatchObject({ params: { context: 'away' }, body: expect.stringMatching(/^While you were away/) });
    expect(shown[0]!.caseIds).toHaveLength(DIGEST_THRESHOLD + 5);
    expect(notificationsFor(many.slice(0, DIGEST_THRESHOLD), petya, DEFAULT_NOTIFICATION_SETTINGS, none)).toHaveLength(
      DIGEST_THRESHOLD,
    );
  });
});

describe('a company notice', () => {
  const company = notice('company:alfa-corp.ru:new', {
    kind: 'company',
    matched: [{ kind: 'domain', display: 'alfa-corp.ru' }],
    company: {
      domain: 'alfa-corp.ru',
      managers: [
        { managerId: 'petya', managerName: 'Petya Ivanov', officeId: 'o1', officeName: 'Office 1', clients: 220 },
      ],
    },
  });

  it('tells the company’s manager, naming the company and how many clients they have there', () => {
    const [n] = notificationsFor([company], petya, DEFAULT_NOTIFICATION_SETTINGS, none);
    expect(n).toMatchObject({
      kind: 'companyContact',
      title: "New contact at your client's company: alfa-corp.ru",
      params: { domain: 'alfa-corp.ru', count: 220, newcomerName: 'Masha Petrova' },
    });
  });

  it('is counted apart from duplicates in a digest, so its words can tell them apart', () => {
    const flood = [
      ...['c1', 'c2', 'c3'].map((id) => notice(id)),
      { ...company, id: 'company:alfa-corp.ru:k1' },
      { ...company, id: 'company:alfa-corp.ru:k2' },
    ];
    expect(notificationsFor(flood, petya, DEFAULT_NOTIFICATION_SETTINGS, none)).toMatchObject([
      { kind: 'digest', params: { count: 5, duplicates: 3, companyContacts: 2 } },
    ]);
  });

  it('tells neither the one who added the contact nor the leads, and respects the owner’s setting', () => {
    expect(notificationsFor([company], masha, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual([]);
    expect(notificationsFor([company], lead1, DEFAULT_NOTIFICATION_SETTINGS, none)).toEqual([]);
    expect(
      notificationsFor([company], petya, { ...DEFAULT_NOTIFICATION_SETTINGS, duplicateOfMyClient: false }, none),
    ).toEqual([]);
  });
});
