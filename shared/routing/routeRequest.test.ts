import { describe, expect, it } from 'vitest';
import { explainRoute } from './routeExplanation';
import { routeRequest } from './routeRequest';
import {
  DEFAULT_ROUTING_RULES,
  type ClientHolder,
  type DeskPerson,
  type DeskTurns,
  type RoutingFacts,
} from './routingFacts';

const MARCH_12 = Date.UTC(2026, 2, 12, 9);

function person(userId: string, name: string, officeId: string, extra: Partial<DeskPerson> = {}): DeskPerson {
  return {
    userId,
    name,
    officeId,
    officeName: officeId === 'o1' ? 'Офис 1' : 'Офис 2',
    role: 'manager',
    status: 'available',
    ...extra,
  };
}

const petya = person('u-petya', 'Петя Иванов', 'o1');
const lena = person('u-lena', 'Лена Смирнова', 'o1');
const lead1 = person('u-lead1', 'Ольга Руководитель', 'o1', { role: 'lead' });
const masha = person('u-masha', 'Маша Петрова', 'o2');
const kolya = person('u-kolya', 'Коля Сидоров', 'o2');

function facts(
  over: Partial<RoutingFacts> = {},
  people: DeskPerson[] = [petya, lena, lead1, masha, kolya],
): RoutingFacts {
  return {
    receivingOfficeId: 'o2',
    personal: null,
    holder: null,
    earlier: null,
    company: null,
    people: new Map(people.map((p) => [p.userId, p])),
    turns: new Map(),
    owed: [],
    rules: DEFAULT_ROUTING_RULES,
    ...over,
  };
}

const petyasClient: ClientHolder = {
  clientLabel: 'Иванов С.',
  ownerId: 'u-petya',
  ownerName: 'Петя Иванов',
  officeId: 'o1',
  officeName: 'Офис 1',
  since: MARCH_12,
  householdHead: null,
};

const explained = (f: RoutingFacts) => {
  const d = routeRequest(f)!;
  return { ...d, ru: explainRoute(d.reason, 'ru', 'UTC'), en: explainRoute(d.reason, 'en', 'UTC') };
};

describe('routeRequest', () => {
  it("an existing client's key goes to the owner across offices, and says whose client it is", () => {
    const d = explained(facts({ holder: petyasClient }));
    expect(d.route).toBe('owner');
    expect(d.assignee).toEqual({ userId: 'u-petya', name: 'Петя Иванов', officeId: 'o1' });
    expect(d.deskTurnOf).toBeNull();
    expect(d.ru).toBe(
      'Клиент Иванов С. у менеджера Петя Иванов (Офис 1) с 12.03.2026 — заявка уходит владельцу клиента.',
    );
    expect(d.en).toBe(
      "Иванов С. has been Петя Иванов's client (Офис 1) since 12/03/2026: the request goes to the client's owner.",
    );
  });

  it("a spouse's own number, linked to the family, goes to the household's manager", () => {
    const wife: ClientHolder = {
      ...petyasClient,
      clientLabel: 'Иванова М.',
      ownerId: 'u-lena',
      ownerName: 'Лена Смирнова',
      householdHead: {
        clientLabel: 'Иванов С.',
        ownerId: 'u-petya',
        ownerName: 'Петя Иванов',
        officeId: 'o1',
        officeName: 'Офис 1',
      },
    };
    const d = explained(facts({ holder: wife }));
    expect(d.route).toBe('household');
    expect(d.assignee.userId).toBe('u-petya');
    expect(d.ru).toContain('Член семьи клиента Иванов С.');
    expect(d.en).toContain('household of Иванов С.');
  });

  it('a repeat request of a person who is not a client yet goes to the same manager', () => {
    const d = explained(
      facts({ earlier: { assigneeId: 'u-kolya', assigneeName: 'Коля Сидоров', receivedAt: MARCH_12 } }),
    );
    expect(d.route).toBe('repeat');
    expect(d.assignee.userId).toBe('u-kolya');
    expect(d.ru).toContain('Повторная заявка');
    expect(d.en).toContain('first on 12/03/2026');
  });

  it('an away owner: by default the office lead takes it, by rule a colleague by rotation, or the owner anyway', () => {
    const away = [{ ...petya, status: 'away' as const }, lena, lead1, masha, kolya];
    const toLead = explained(facts({ holder: petyasClient }, away));
    expect(toLead).toMatchObject({ route: 'rule', assignee: { userId: 'u-lead1' } });
    expect(toLead.ru).toContain('руководителю офиса: Ольга Руководитель');
    const toColleague = explained(
      facts({ holder: petyasClient, rules: { ...DEFAULT_ROUTING_RULES, ownerAway: 'colleague' } }, away),
    );
    expect(toColleague).toMatchObject({ route: 'rule', assignee: { userId: 'u-lena' }, deskTurnOf: 'u-lena' });
    expect(toColleague.en).toContain('a colleague, Лена Смирнова');
    const keep = routeRequest(
      facts({ holder: petyasClient, rules: { ...DEFAULT_ROUTING_RULES, ownerAway: 'owner' } }, away),
    );
    expect(keep).toMatchObject({ route: 'owner', assignee: { userId: 'u-petya' } });
  });

  it('an owner who left the agency: the lead of their office takes the client', () => {
    const d = routeRequest(facts({ holder: petyasClient }, [lena, lead1, masha, kolya]));
    expect(d).toMatchObject({ route: 'rule', assignee: { userId: 'u-lead1' } });
  });

  it('a company contact goes to the company manager only when the regulations say so', () => {
    const company = { domain: 'romashka.ru', ownerId: 'u-petya', ownerName: 'Петя Иванов', officeName: 'Офис 1' };
    expect(routeRequest(facts({ company }))!.route).toBe('freeDesk');
    const d = explained(facts({ company, rules: { ...DEFAULT_ROUTING_RULES, companyContacts: 'companyManager' } }));
    expect(d).toMatchObject({ route: 'rule', assignee: { userId: 'u-petya' } });
    expect(d.ru).toContain('компании romashka.ru');
  });

  it("a lead's personal assignment wins over everything, with the reason", () => {
    const d = explained(
      facts({ holder: petyasClient, personal: { userId: 'u-kolya', byName: 'Ольга', reason: 'знает Турцию' } }),
    );
    expect(d).toMatchObject({ route: 'personal', assignee: { userId: 'u-kolya' }, deskTurnOf: null });
    expect(d.ru).toBe('Назначено лично (Ольга): Коля Сидоров. Причина: знает Турцию');
    expect(d.en).toBe('Assigned personally by Ольга to Коля Сидоров. Reason: знает Турцию');
  });

  it('the free desk goes by fewest turns today, then longest wait, then a fixed order; away is skipped, busy waits', () => {
    const turns = (m: Record<string, DeskTurns>) => new Map(Object.entries(m));
    expect(routeRequest(facts())!.assignee.userId).toBe('u-kolya');
    expect(
      routeRequest(facts({ turns: turns({ 'u-kolya': { turnsToday: 1, lastTurnAt: 5 } }) }))!.assignee.userId,
    ).toBe('u-masha');
    expect(
      routeRequest(
        facts({
          turns: turns({ 'u-kolya': { turnsToday: 1, lastTurnAt: 5 }, 'u-masha': { turnsToday: 1, lastTurnAt: 9 } }),
        }),
      )!.assignee.userId,
    ).toBe('u-kolya');
    const kolyaAway = [petya, masha, { ...kolya, status: 'away' as const }];
    expect(
      routeRequest(facts({ turns: turns({ 'u-masha': { turnsToday: 9, lastTurnAt: 9 } }) }, kolyaAway))!.assignee
        .userId,
    ).toBe('u-masha');
    const mashaBusy = [petya, { ...masha, status: 'busy' as const }, kolya];
    expect(
      routeRequest(facts({ turns: turns({ 'u-kolya': { turnsToday: 3, lastTurnAt: 9 } }) }, mashaBusy))!.assignee
        .userId,
    ).toBe('u-kolya');
    const d = explained(facts());
    expect(d).toMatchObject({ route: 'freeDesk', deskTurnOf: 'u-kolya' });
    expect(d.ru).toBe('Новый клиент — следующий свободный менеджер: Коля Сидоров.');
    expect(d.en).toBe('A new client: the next free manager is Коля Сидоров.');
  });

  it('with every manager away, the lead takes it; an office with nobody gives no decision', () => {
    const d = explained(
      facts({ receivingOfficeId: 'o1' }, [{ ...petya, status: 'away' }, { ...lena, status: 'away' }, lead1]),
    );
    expect(d).toMatchObject({ route: 'freeDesk', assignee: { userId: 'u-lead1' } });
    expect(d.ru).toContain('Свободных менеджеров в офисе нет');
    expect(routeRequest(facts({ receivingOfficeId: 'o3' }))).toBeNull();
  });

  it("owed leads are paid out of the debtor's turn, and say how many are left", () => {
    const owed = [
      { caseId: 'case-1', caseLabel: 'Иванов С.', debtorId: 'u-kolya', creditorId: 'u-petya', remaining: 3 },
    ];
    const d = explained(facts({ owed }));
    expect(d).toMatchObject({
      route: 'owedLead',
      assignee: { userId: 'u-petya' },
      deskTurnOf: 'u-kolya',
      owedCaseId: 'case-1',
    });
    expect(d.ru).toContain('очередь менеджера Коля Сидоров передана менеджеру Петя Иванов; остаётся 2 лида');
    expect(d.en).toContain('2 more leads are owed');
    const last = explained(facts({ owed: [{ ...owed[0]!, remaining: 1 }] }));
    expect(last.ru).toContain('долг по лидам закрыт');
    expect(routeRequest(facts({ owed: [{ ...owed[0]!, remaining: 0 }] }))!.route).toBe('freeDesk');
    expect(routeRequest(facts({ owed }, [masha, kolya]))!.route).toBe('freeDesk');
  });

  it('a known client never pays an owed lead, and neither does a repeat request', () => {
    const owed = [{ caseId: 'c', caseLabel: 'x', debtorId: 'u-petya', creditorId: 'u-masha', remaining: 3 }];
    expect(routeRequest(facts({ holder: petyasClient, owed }))!.route).toBe('owner');
  });
});
