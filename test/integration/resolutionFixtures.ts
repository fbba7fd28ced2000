// Cases and their steps as offices push them, for the tests of resolving cases at the endpoint.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { caseIdFor } from '../../shared/cases/caseId';
import type { TermsDoc } from '../../shared/db/schemas/caseEvent';
import type { AdminUser, PushRow, SyncCheckpoint, SyncDocument } from '../../shared/sync';
import { caseEventsFromDocs, foldCaseEvents, type CaseState } from '../../shared/workflow';
import type { Api, OfficeTeam } from './api';
import { activityDoc, inserts, ownedClient, phone } from './fixtures';

export type CaseDocument = SyncDocument<'cases'>;
export type StepDocument = SyncDocument<'caseevents'>;

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** "Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya." */
export const SIXTY_FORTY: TermsDoc = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  leadsCompensation: { from: 'owner', count: 3 },
  note: 'Petya keeps the client',
};
export const FIFTY_FIFTY: TermsDoc = { keeper: 'owner', firstOrderSplit: { owner: 50, newcomer: 50 }, note: '' };

/** The import marker of an office's history that predates the test's sessions. */
export const HISTORY = 'the office book before Claimdesk';

let phoneCounter = 0;

/** A fresh mobile number per case, so cases of one suite never match each other. */
export function freshPhone(): string {
  phoneCounter += 1;
  return `+7916${String(Date.now() % 1000).padStart(3, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

export interface OpenedCase {
  caseDoc: CaseDocument;
  ownerClient: SyncDocument<'clients'>;
  newcomerClient: SyncDocument<'clients'>;
}

/**
 * The owner's client comes first (created `ownerAgeDays` ago, last activity `ownerInactiveDays`
 * ago) — its history imported by an admin, since the endpoint dates what a manager pushes no
 * earlier than the session's sign-in — then the newcomer's office pushes the same phone: the
 * endpoint opens the case.
 */
export async function openCase(
  admin: Api,
  owner: OfficeTeam,
  newcomer: OfficeTeam,
  now: number,
  options: { ownerAgeDays?: number; ownerInactiveDays?: number; ownerActivities?: number[] } = {},
): Promise<OpenedCase> {
  const number = freshPhone();
  const ownerCreated = now - (options.ownerAgeDays ?? 10) * DAY;
  const ownerClient = ownedClient(owner, {
    fullName: 'Ivanov Petr',
    phones: [phone(number)],
    createdAt: ownerCreated,
    updatedAt: ownerCreated,
    lastActivityAt: now - (options.ownerInactiveDays ?? 2) * DAY,
    importedFrom: HISTORY,
  });
  const newcomerClient = ownedClient(newcomer, {
    fullName: 'Petr Ivanov',
    phones: [phone(number)],
    createdAt: now - DAY,
    updatedAt: now - DAY,
    lastActivityAt: now - DAY,
  });
  expect((await admin.push('clients', inserts([ownerClient]))).status).toBe(200);
  const activities = (options.ownerActivities ?? []).map((at) =>
    activityDoc(owner.office.id, ownerClient.id, {
      at,
      createdAt: at,
      authorId: owner.managerUser.id,
      authorName: owner.managerUser.name,
      importedFrom: HISTORY,
    }),
  );
  if (activities.length) expect((await admin.push('activities', inserts(activities))).status).toBe(200);
  expect((await newcomer.manager.push('clients', inserts([newcomerClient]))).status).toBe(200);
  const id = caseIdFor(ownerClient.id, newcomerClient.id);
  const caseDoc = (await admin.pullAll('cases')).documents.find((c) => c.id === id);
  if (!caseDoc) throw new Error(`the endpoint opened no case ${id}`);
  return { caseDoc, ownerClient, newcomerClient };
}

type StepFields = Pick<StepDocument, 'type'> & Partial<Omit<StepDocument, 'type'>>;

/** A step written by `author` (the account, as the office knows it) on `caseDoc`. */
export function step(author: AdminUser, caseDoc: CaseDocument, at: number, fields: StepFields): StepDocument {
  return {
    id: randomUUID(),
    caseId: caseDoc.id,
    officeIds: [...caseDoc.officeIds],
    at,
    by: { userId: author.id, role: author.role, officeId: author.officeId ?? '', name: author.name },
    _deleted: false,
    ...fields,
  } as StepDocument;
}

export const propose = (author: AdminUser, c: CaseDocument, at: number, terms: TermsDoc = SIXTY_FORTY) =>
  step(author, c, at, { type: 'propose', terms });
export const counter = (author: AdminUser, c: CaseDocument, at: number, terms: TermsDoc = FIFTY_FIFTY) =>
  step(author, c, at, { type: 'counter', terms });
export const accept = (author: AdminUser, c: CaseDocument, at: number, proposalId: string) =>
  step(author, c, at, { type: 'accept', proposalId });
export const escalate = (author: AdminUser, c: CaseDocument, at: number, reason = 'We cannot agree.') =>
  step(author, c, at, { type: 'escalate', reason });
export const decide = (author: AdminUser, c: CaseDocument, at: number, terms: TermsDoc = SIXTY_FORTY) =>
  step(author, c, at, { type: 'decide', terms });

export function pushSteps(api: Api, steps: StepDocument[]) {
  return api.push('caseevents', inserts(steps) as PushRow<'caseevents'>[]);
}

/** The case's steps as `api` pulls them (all of them, or those after `from`). */
export async function stepsOf(api: Api, caseId: string, from: SyncCheckpoint | null = null): Promise<StepDocument[]> {
  return (await api.pullAll('caseevents', from)).documents.filter((d) => d.caseId === caseId);
}

/** The case's state as an office folds what it pulled: the same shared fold the endpoint runs. */
export async function stateOf(api: Api, caseDoc: CaseDocument): Promise<CaseState> {
  return foldCaseEvents(caseDoc, caseEventsFromDocs(await stepsOf(api, caseDoc.id)));
}
