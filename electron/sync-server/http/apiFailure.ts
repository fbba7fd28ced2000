// A refusal with its HTTP status and the {"error": {code, message}} body; thrown anywhere, rendered by the error handler.
import type { ApiError, ApiErrorCode, FieldProblem } from '../../../shared/sync';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ApiError {
    return {
      error: { code: this.code, message: this.message, ...(this.fields?.length ? { fields: this.fields } : {}) },
    };
  }
}
