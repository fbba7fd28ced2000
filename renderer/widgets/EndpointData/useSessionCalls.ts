import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clientError,
  createEndpointRequest,
  endpointFailure,
  type EndpointFailure,
  type EndpointRequest,
  type EndpointResult,
} from '../../../shared/endpoint';
import { browserHttp } from '../../sync/browserHttp';
import { useSync } from '../../sync/sessionController';

type AnyCall = (...args: never[]) => Promise<EndpointResult<unknown>>;

/** A client's calls with failures grouped as screens word them (EndpointNotice). */
export type ScreenCalls<C> = {
  [K in keyof C]: C[K] extends (...args: infer A) => Promise<EndpointResult<infer T>>
    ? (...args: A) => Promise<EndpointResult<T, EndpointFailure>>
    : never;
};

/** Without a live sign-in every call answers `not_signed_in` without leaving the computer. */
const signedOut: EndpointRequest = {
  baseUrl: '',
  call: async () => ({ ok: false, failure: clientError('not_signed_in', 'Not signed in.') }),
  open: async () => ({ ok: false, failure: clientError('not_signed_in', 'Not signed in.') }),
};

/**
 * One of shared/endpoint's clients bound to whoever is signed in now, in the UI language, its
 * failures grouped by what the person can do. `create` must be a stable (module-level) function.
 */
export function useSessionCalls<C extends { [K in keyof C]: AnyCall }>(
  create: (endpoint: EndpointRequest, language: 'ru' | 'en') => C,
): ScreenCalls<C> {
  const { i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'ru';
  const session = useSync((s) => (s.connection.kind === 'signedIn' ? s.connection.session : null));
  return useMemo(() => {
    const endpoint = session
      ? createEndpointRequest({ baseUrl: session.endpoint, http: browserHttp, token: () => session.token })
      : signedOut;
    const client = create(endpoint, language);
    const calls: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(client) as [string, AnyCall][])
      calls[name] = async (...args: never[]) => {
        const result = await call(...args);
        return result.ok ? result : { ok: false, failure: endpointFailure(result.failure) };
      };
    return calls as ScreenCalls<C>;
  }, [session, language, create]);
}
