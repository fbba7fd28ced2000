import { combineLatest, map } from 'rxjs';
import type { CaseDoc, CaseEventDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { useObservable, type Loadable } from '../../core/useObservable';
import { useUi } from '../../state/uiStore';
import { involves, sortCases } from './caseView';

export interface InboxCase {
  doc: CaseDoc;
  unseen: boolean;
  /** The case's steps, so the row can say where it stands. */
  events: CaseEventDoc[];
  /** Other open cases about the same client: the inbox lists them together. */
  siblingIds: string[];
}

/** Open cases of me or my office, newest first, each with whether I have opened it yet and its steps. Live. */
export function useInboxCases(): Loadable<InboxCase[]> {
  const core = useCore();
  const profile = useUi((s) => s.profile);
  const userId = profile?.userId ?? '';
  const officeId = profile?.officeId ?? '';
  return useObservable(
    () =>
      combineLatest([core.openCases$(), core.unseenCaseIds$]).pipe(
        map(([open, unseen]) => {
          const byId = new Map(open.map((c) => [c.caseDoc.id, c]));
          const mine = open.map((c) => c.caseDoc).filter((c) => involves(c, { userId, officeId }));
          return sortCases(mine).map((doc) => ({
            doc,
            unseen: unseen.has(doc.id),
            events: byId.get(doc.id)?.events ?? [],
            siblingIds: byId.get(doc.id)?.siblingIds ?? [],
          }));
        }),
      ),
    [core, userId, officeId],
  );
}
