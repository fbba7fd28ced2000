import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createEndpointRequest,
  createRequestsClient,
  endpointFailure,
  type EndpointFailure,
  type EndpointResult,
  type RequestsClient,
} from '../../../shared/endpoint';
import { browserHttp } from '../../sync/browserHttp';
import { useSync } from '../../sync/sessionController';

type Call<F> = F extends (...args: infer A) => Promise<EndpointResult<infer T>>
  ? (...args: A) => Promise<EndpointResult<T, EndpointFailure>>
  : never;

/** The endpoint's request calls for whoever is signed in, failures grouped as screens word them. */
export type ScreenRequestsClient = { [K in keyof RequestsClient]: Call<RequestsClient[K]> };

const NOT_SIGNED_IN = { ok: false, failure: { code: 'not_signed_in' } } as const;

export function useRequestsClient(): ScreenRequestsClient {
  const { i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'ru';
  const session = useSync((s) => (s.connection.kind === 'signedIn' ? s.connection.session : null));
  return useMemo(() => {
    const client =
      session &&
      createRequestsClient(
        createEndpointRequest({ baseUrl: session.endpoint, http: browserHttp, token: () => session.token }),
        language,
      );
    const wrap =
      <A extends unknown[], T>(call: (c: RequestsClient, ...args: A) => Promise<EndpointResult<T>>) =>
      async (...args: A): Promise<EndpointResult<T, EndpointFailure>> => {
        if (!client) return NOT_SIGNED_IN;
        const result = await call(client, ...args);
        return result.ok ? result : { ok: false, failure: endpointFailure(result.failure) };
      };
    return {
      take: wrap((c, request: Parameters<RequestsClient['take']>[0]) => c.take(request)),
      inbox: wrap((c) => c.inbox()),
      changeState: wrap((c, id: string, change: Parameters<RequestsClient['changeState']>[1]) =>
        c.changeState(id, change),
      ),
      assign: wrap((c, id: string, assignment: Parameters<RequestsClient['assign']>[1]) => c.assign(id, assignment)),
      desk: wrap((c) => c.desk()),
      setDeskStatus: wrap((c, change: Parameters<RequestsClient['setDeskStatus']>[0]) => c.setDeskStatus(change)),
      routingRules: wrap((c) => c.routingRules()),
      setRoutingRules: wrap((c, rules: Parameters<RequestsClient['setRoutingRules']>[0]) => c.setRoutingRules(rules)),
      report: wrap((c, period: Parameters<RequestsClient['report']>[0]) => c.report(period)),
    };
  }, [session, language]);
}
