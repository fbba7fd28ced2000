import type { WithDeleted } from 'rxdb';
import type { CaseEventDoc } from '../../db';
import type { OfficeContext } from '../context';
import { loadCase } from '../resolution/caseData';
import type { Outbox } from './outbox';

/**
 * A step written offline can lose a race: the other manager accepted first, or the endpoint's
 * recommendation settled the case meanwhile. The office's own fold then rejects it, and so
 * would the endpoint — pushing it again and again would wedge the outbox. Such a step is not
 * pushed (RxDB skips a row whose push modifier returns null); it stays in the local history,
 * where the fold reports it as refused, and stops counting as waiting.
 */
export function caseStepPushGuard(
  ctx: OfficeContext,
  outbox: Outbox,
): (doc: WithDeleted<CaseEventDoc>) => Promise<WithDeleted<CaseEventDoc> | null> {
  return async (doc) => {
    // Steps are never deleted at the endpoint; only a step it refused is removed here, and that stays local.
    if (doc._deleted) return null;
    const loaded = await loadCase(ctx.db, doc.caseId);
    // No case here to judge by: the endpoint decides.
    if (!loaded) return doc;
    if (loaded.state.history.some((h) => h.id === doc.id)) return doc;
    await outbox.settle('caseevents', [doc.id], doc.at);
    return null;
  };
}
