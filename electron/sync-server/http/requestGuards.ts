// The address of a request is input too: path parameters and query strings get the same text
// refusals as bodies, and the router's own refusals (an undecodable URL, an over-long parameter)
// answer in the endpoint's {"error": {code, message}} shape.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiFailure } from './apiFailure';
import { ESSENTIAL_SECURITY_HEADERS } from './securityHeaders';
import { unsafeTextProblems } from './unsafeText';

export function installRequestGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problems = [...unsafeTextProblems(request.params ?? {}), ...unsafeTextProblems(request.query ?? {})];
    const [first] = problems;
    if (first)
      throw new ApiFailure(
        400,
        'bad_request',
        `The address was refused and nothing was written: ${first.field} ${first.message}.`,
        problems,
      );
  });
}

/** Fastify's frameworkErrors: the router refuses a URL before any route or hook runs. */
export function answerRouterError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const failure = new ApiFailure(
    error.statusCode === 414 ? 414 : 400,
    'bad_request',
    error.statusCode === 414
      ? 'A part of the address is too long; nothing was written.'
      : 'The address is not valid percent-encoded UTF-8; nothing was written.',
  );
  void reply.code(failure.status).headers(ESSENTIAL_SECURITY_HEADERS).send(failure.body());
}
