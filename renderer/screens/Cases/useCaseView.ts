import { useEffect, useState } from 'react';
import { defer } from 'rxjs';
import type { CaseView } from '../../../shared/office/resolution/types';
import { useCore } from '../../core/CoreContext';

export type CaseViewState =
  { status: 'loading' } | { status: 'ready'; view: CaseView | null } | { status: 'failed'; message: string };

/**
 * The case's negotiation, live. A failure to build it is shown in words on the case screen
 * (which still shows the parties and what matched) instead of taking the screen down.
 */
export function useCaseView(caseId: string): CaseViewState {
  const core = useCore();
  const [state, setState] = useState<{ caseId: string; value: CaseViewState }>({
    caseId,
    value: { status: 'loading' },
  });
  useEffect(() => {
    const subscription = defer(() => core.caseView$(caseId)).subscribe({
      next: (view) => setState({ caseId, value: { status: 'ready', view } }),
      error: (error: unknown) => {
        console.error('Could not load the case view', error);
        setState({
          caseId,
          value: { status: 'failed', message: error instanceof Error ? error.message : String(error) },
        });
      },
    });
    return () => subscription.unsubscribe();
  }, [core, caseId]);
  return state.caseId === caseId ? state.value : { status: 'loading' };
}
