import { useEffect, useState } from 'react';
import type { CaseDoc } from '../../../shared/db';
import type { CaseEvidence, EvidenceSide } from '../../../shared/sync';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { useUi } from '../../state/uiStore';
import { createResolutionClient, type EndpointFailure } from '../../sync/resolutionClient';
import { useSync } from '../../sync/sessionController';
import { localEvidenceSide } from './localEvidence';

export type EvidenceState =
  | { status: 'loading' }
  | { status: 'remote'; evidence: CaseEvidence }
  /** Only this office's side, from the local database; `why` says why the endpoint's is missing. */
  | {
      status: 'local';
      owner: EvidenceSide | null;
      newcomer: EvidenceSide | null;
      why: 'alone' | 'unreachable' | 'refused';
      message: string;
    };

export interface CaseEvidenceData {
  state: EvidenceState;
  reload: () => void;
  /** Shares the signed-in manager's notes on this case with the other side; resolves to what failed, or null. */
  shareNotes: () => Promise<EndpointFailure | null>;
}

/**
 * Both sides from the endpoint when signed in and reachable; otherwise this office's own side,
 * live from the local database, and why the other side is missing. `reload` asks the endpoint again.
 * The case page asks once and hands it to the evidence and to the terms form (the deals to name).
 */
export function useCaseEvidence(caseDoc: CaseDoc): CaseEvidenceData {
  const core = useCore();
  const officeId = useUi((s) => s.profile?.officeId ?? '');
  const connection = useSync((s) => s.connection);
  const session = connection.kind === 'signedIn' ? connection.session : null;
  const [attempt, setAttempt] = useState(0);
  const [remote, setRemote] = useState<{
    key: string;
    result: { ok: true; value: CaseEvidence } | { ok: false; failure: EndpointFailure };
  } | null>(null);
  const key = `${caseDoc.id}|${session?.endpoint ?? ''}|${session?.token ?? ''}|${attempt}`;

  useEffect(() => {
    if (!session) return;
    let live = true;
    createResolutionClient(session)
      .evidence(caseDoc.id)
      .then((result) => {
        if (live) setRemote({ key, result });
      })
      .catch((error: unknown) => {
        if (live)
          setRemote({
            key,
            result: {
              ok: false,
              failure: { code: 'server', status: 0, message: error instanceof Error ? error.message : String(error) },
            },
          });
      });
    return () => {
      live = false;
    };
  }, [caseDoc.id, session, key]);

  const mine = [caseDoc.owner, caseDoc.newcomer].filter((p) => p.officeId === officeId);
  const clientIds = mine.map((p) => p.clientId).join('|');
  const local = useObservable(
    () => core.activitiesOfClients$(clientIds ? clientIds.split('|') : []),
    [core, clientIds],
  );

  const reload = () => setAttempt((n) => n + 1);
  const shareNotes = async (): Promise<EndpointFailure | null> => {
    const result = await createResolutionClient(session).shareNotes(caseDoc.id);
    if (!result.ok) return result.failure;
    reload();
    return null;
  };
  const current = remote?.key === key ? remote.result : null;
  if (current?.ok) return { state: { status: 'remote', evidence: current.value }, reload, shareNotes };
  if (session && !current) return { state: { status: 'loading' }, reload, shareNotes };
  if (local.loading) return { state: { status: 'loading' }, reload, shareNotes };
  const sideOf = (party: CaseDoc['owner']) =>
    party.officeId === officeId ? localEvidenceSide(party, local.value) : null;
  const failure = current && !current.ok ? current.failure : null;
  const why =
    !failure || failure.code === 'not_signed_in' ? 'alone' : failure.code === 'unreachable' ? 'unreachable' : 'refused';
  const message = failure && 'message' in failure ? failure.message : '';
  return {
    state: { status: 'local', owner: sideOf(caseDoc.owner), newcomer: sideOf(caseDoc.newcomer), why, message },
    reload,
    shareNotes,
  };
}
