// Renders every failure as {"error": {code, message}}, including fastify's own (bad JSON, body too large).
import type { FastifyError, FastifyInstance } from 'fastify';
import { SYNC_LIMITS } from '../../../shared/sync';
import { ApiFailure } from './apiFailure';

function fromFastify(error: FastifyError): ApiFailure | null {
  switch (error.statusCode) {
    case 413:
      return new ApiFailure(
        413,
        'payload_too_large',
        `The request body is larger than the ${SYNC_LIMITS.maxBodyBytes / 1024 / 1024} MB allowed; nothing was written. Send smaller batches.`,
      );
    case 415:
      return new ApiFailure(
        415,
        'unsupported_media_type',
        'Send the body as JSON with "Content-Type: application/json"; nothing was written.',
      );
    case 400:
      return new ApiFailure(
        400,
        'bad_request',
        `The request body is not valid JSON (${error.message}); nothing was written.`,
      );
    default:
      return null;
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const failure = error instanceof ApiFailure ? error : fromFastify(error);
    if (failure) {
      return reply.code(failure.status).headers(failure.headers).send(failure.body());
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({
      error: {
        code: 'internal',
        message:
          'The sync endpoint failed unexpectedly; nothing of this request was acknowledged. Try again; the endpoint log has the details.',
      },
    });
  });
}
