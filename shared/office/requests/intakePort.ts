import type { RequestsClient } from '../../endpoint';
import type { IntakePort } from './offlineIntake';

/** The session's intake through the endpoint client: unreachable, signed out, throttled or failing is worth a retry (the request waits); a refusal is not. */
export function intakePortFor(client: Pick<RequestsClient, 'take'>): IntakePort {
  return {
    async take(request) {
      const result = await client.take(request);
      if (result.ok) return { ok: true, answer: result.value };
      const { failure } = result;
      const retry = failure.code === 'unreachable' || [0, 401, 429].includes(failure.status) || failure.status >= 500;
      return { ok: false, retry, message: failure.message };
    },
  };
}
