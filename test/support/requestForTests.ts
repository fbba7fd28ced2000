import type { RequestDoc } from '../../shared/db/schemas/request';

/** A spouse's call taken in Office 2 and routed to Petya, the family's manager in Office 1. */
export function requestForTests(id: string, over: Partial<RequestDoc> = {}): RequestDoc {
  return {
    id,
    officeId: 'o2',
    officeIds: ['o1', 'o2'],
    channel: 'call',
    name: 'Иванова Мария',
    phones: ['+79031234567'],
    emails: [],
    note: 'Турция 12–19.06',
    receivedAt: 1000,
    assignee: { userId: 'u-petya', name: 'Петя', officeId: 'o1' },
    route: 'household',
    reason: { code: 'household', client: 'Иванов П.', owner: 'Петя', office: 'Офис 1' },
    state: 'new',
    stateReason: '',
    updatedAt: 1000,
    ...over,
  };
}
