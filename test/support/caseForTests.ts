// A case between Petya (Office 1, had the client first) and Masha (Office 2), with steps written
// as the office core stores them, folded by the real workflow: what the case screen's helpers read.
import type { CaseDoc, CaseEventDoc, TermsDoc } from '../../shared/db';
import type { CaseView } from '../../shared/office/resolution/types';
import { caseEventsFromDocs, foldCaseEvents } from '../../shared/workflow';

export const T0 = new Date(2025, 9, 12, 14, 0).getTime();
export const HOUR = 60 * 60 * 1000;

export const caseDoc: CaseDoc = {
  id: 'case:a:b',
  officeIds: ['o1', 'o2'],
  owner: {
    clientId: 'ca',
    clientLabel: 'Ivanov P.',
    managerId: 'petya',
    managerName: 'Petya Ivanov',
    officeId: 'o1',
    officeName: 'Office 1',
    since: T0 - 90 * 24 * HOUR,
  },
  newcomer: {
    clientId: 'cb',
    clientLabel: 'Ivanova M.',
    managerId: 'masha',
    managerName: 'Masha Petrova',
    officeId: 'o2',
    officeName: 'Office 2',
    since: T0 - HOUR,
  },
  matched: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
  detectedAt: T0 - HOUR,
  detectedWhere: 'endpoint',
  causedBy: 'masha',
  status: 'open',
  updatedAt: T0 - HOUR,
};

/** "Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya." */
export const sixtyForty: TermsDoc = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  leadsCompensation: { from: 'owner', count: 3 },
  note: '',
};

const people = {
  petya: { userId: 'petya', role: 'manager', officeId: 'o1', name: 'Petya Ivanov' },
  masha: { userId: 'masha', role: 'manager', officeId: 'o2', name: 'Masha Petrova' },
  anna: { userId: 'anna', role: 'lead', officeId: 'o1', name: 'Anna Lead' },
} as const;

export function step(
  id: string,
  who: keyof typeof people,
  at: number,
  fields: Pick<CaseEventDoc, 'type'> & Partial<CaseEventDoc>,
): CaseEventDoc {
  return { id, caseId: caseDoc.id, officeIds: caseDoc.officeIds, at, by: { ...people[who] }, ...fields };
}

const allowedAll = { ok: true } as const;

export function viewOf(events: CaseEventDoc[], overrides: Partial<CaseView> = {}): CaseView {
  const doc = overrides.caseDoc ?? caseDoc;
  return {
    caseDoc: doc,
    events,
    state: foldCaseEvents(doc, caseEventsFromDocs(events)),
    mySide: 'owner',
    allowed: {
      propose: allowedAll,
      counter: allowedAll,
      accept: allowedAll,
      escalate: allowedAll,
      decide: allowedAll,
      leadHandover: allowedAll,
    },
    recommendation: null,
    pendingEventIds: [],
    ...overrides,
  };
}
