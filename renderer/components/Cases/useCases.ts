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
}

/** Open cases of me or my office, newest first, each with whether I have opened it yet and its steps. Live. */
export function useInboxCases(): Loadable<InboxCase[]> {
  const core = useCore();
  const profile = useUi((s) => s.profile);
  const userId = profile?.userId ?? '';
  const officeId = profile?.officeId ?? '';
  return useObservable(
    () =>
      combineLatest([
        core.db.cases.find({ selector: { status: 'open' }, sort: [{ detectedAt: 'desc' }] }).$,
        core.unseenCaseIds$,
        core.db.caseevents.find().$,
      ]).pipe(
        map(([docs, unseen, events]) => {
          const byCase = new Map<string, CaseEventDoc[]>();
          for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e.toJSON() as CaseEventDoc]);
          const mine = docs.map((d) => d.toJSON() as CaseDoc).filter((c) => involves(c, { userId, officeId }));
          return sortCases(mine).map((doc) => ({ doc, unseen: unseen.has(doc.id), events: byCase.get(doc.id) ?? [] }));
        }),
      ),
    [core, userId, officeId],
  );
}
