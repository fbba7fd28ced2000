import { map, type Observable } from 'rxjs';
import type { CaseDoc, ClaimdeskDatabase } from '../../db';
import { isFinal } from '../../workflow/state';
import { foldCase } from '../resolution/caseData';
import { openCases$ } from './openCases';

/** A case a client is in that is not settled yet, as the client's own row or card names it. */
export interface ClientOpenCase {
  caseId: string;
  detectedAt: number;
  /** The other side of the case, as this office may see it. */
  other: Pick<CaseDoc['owner'], 'clientLabel' | 'managerName' | 'officeName'>;
}

/**
 * Client id → the unsettled cases it is a party to, newest first. A case the managers agreed on or
 * a lead decided is settled, even before the endpoint closes it. Live; one pass over the open
 * cases, which are few next to the clients.
 */
export function openCasesByClient$(db: ClaimdeskDatabase): Observable<ReadonlyMap<string, ClientOpenCase[]>> {
  return openCases$(db).pipe(
    map((cases) => {
      const byClient = new Map<string, ClientOpenCase[]>();
      for (const { caseDoc, events } of cases) {
        if (isFinal(foldCase(caseDoc, events).phase)) continue;
        const add = (clientId: string, other: CaseDoc['owner']) => {
          const list = byClient.get(clientId) ?? [];
          list.push({
            caseId: caseDoc.id,
            detectedAt: caseDoc.detectedAt,
            other: { clientLabel: other.clientLabel, managerName: other.managerName, officeName: other.officeName },
          });
          byClient.set(clientId, list);
        };
        add(caseDoc.owner.clientId, caseDoc.newcomer);
        add(caseDoc.newcomer.clientId, caseDoc.owner);
      }
      return byClient;
    }),
  );
}
