import { useMemo } from 'react';
import { createResolutionClient, type ResolutionClient } from '../../sync/resolutionClient';
import { useSync } from '../../sync/sessionController';

/**
 * The endpoint's resolution API for whoever is signed in now. Without a live sign-in the client
 * answers every call with `not_signed_in`, so screens have one path for "no endpoint".
 */
export function useResolutionClient(): ResolutionClient {
  const session = useSync((s) => (s.connection.kind === 'signedIn' ? s.connection.session : null));
  return useMemo(() => createResolutionClient(session), [session]);
}
