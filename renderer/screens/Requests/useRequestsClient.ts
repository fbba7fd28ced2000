import { createRequestsClient, type RequestsClient } from '../../../shared/endpoint';
import { useSessionCalls, type ScreenCalls } from '../../widgets/EndpointData/useSessionCalls';

export type ScreenRequestsClient = ScreenCalls<RequestsClient>;

/** The endpoint's request calls for whoever is signed in, failures grouped as screens word them. */
export function useRequestsClient(): ScreenRequestsClient {
  return useSessionCalls(createRequestsClient);
}
