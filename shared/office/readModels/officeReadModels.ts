import type { Observable } from 'rxjs';
import type { ActivityDoc, CaseDoc, ClaimdeskDatabase, ClientDoc } from '../../db';
import { case$ } from './case';
import { activitiesOfClients$ } from './clientActivities';
import { client$ } from './client';
import { clientHistory$ } from './clientHistory';
import { clientLabels$ } from './clientLabels';
import { clientBook$, type BookPages, type ClientBookState, type PageAnchor } from './clientList';
import { clientSearch$ } from './clientSearch';
import { householdMembers$ } from './householdMembers';
import { openCases$, type OpenCase } from './openCases';
import { openCasesByClient$, type ClientOpenCase } from './openCasesByClient';

/** What the UI reads from the office database: live answers, never the database itself. */
export interface OfficeReadModels {
  client$(clientId: string): Observable<ClientDoc | null>;
  /** The household's members by name, the client asked about included. */
  householdMembers$(householdId: string): Observable<ClientDoc[]>;
  /** A client's history, newest first, the records merged into it included. */
  activities$(clientId: string): Observable<ActivityDoc[]>;
  activitiesOfClients$(clientIds: readonly string[]): Observable<ActivityDoc[]>;
  /** Client id → the name this office may show for it (its own clients' names, other offices' claim labels). */
  clientLabels$(clientIds: readonly string[]): Observable<ReadonlyMap<string, string>>;
  case$(caseId: string): Observable<CaseDoc | null>;
  openCases$(): Observable<OpenCase[]>;
  /** Client id → the unsettled cases it is a party to, newest first. */
  openCasesByClient$(): Observable<ReadonlyMap<string, ClientOpenCase[]>>;
  /** The book's search, answered again whenever the book changes. */
  clientSearch$(query: string, limit?: number): Observable<ClientDoc[]>;
  /** How many clients the book holds, followed through a large sync a few times a second. */
  clientBook$(): Observable<ClientBookState>;
  /** One page of the whole book in alphabetical order; pass the previous page's last client to read on from it. */
  clientListPage(offset: number, limit: number, anchor?: PageAnchor): Promise<ClientDoc[]>;
}

export function officeReadModels(
  db: ClaimdeskDatabase,
  searchClients: (query: string, limit?: number) => Promise<ClientDoc[]>,
  book: BookPages,
): OfficeReadModels {
  return {
    client$: (clientId) => client$(db, clientId),
    householdMembers$: (householdId) => householdMembers$(db, householdId),
    activities$: (clientId) => clientHistory$(db, clientId),
    activitiesOfClients$: (clientIds) => activitiesOfClients$(db, clientIds),
    clientLabels$: (clientIds) => clientLabels$(db, clientIds),
    case$: (caseId) => case$(db, caseId),
    openCases$: () => openCases$(db),
    openCasesByClient$: () => openCasesByClient$(db),
    clientSearch$: (query, limit) => clientSearch$(db, () => searchClients(query, limit)),
    clientBook$: () => clientBook$(db, book.firstPageRead),
    clientListPage: (offset, limit, anchor) => book.clientListPage(offset, limit, anchor),
  };
}
