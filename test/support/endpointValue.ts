import type { EndpointResult } from '../../shared/endpoint';

/** The value of a set-up call to the endpoint; a refusal fails the test with the endpoint's words. */
export async function endpointValue<T>(pending: Promise<EndpointResult<T>>, what: string): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new Error(`${what}: ${result.failure.status} ${result.failure.code} ${result.failure.message}`);
}
