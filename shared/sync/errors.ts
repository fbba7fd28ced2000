// Every non-2xx answer of the endpoint has this body, so a client can show `message` as it is.

export type ApiErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  /** Sign-in with the right password, refused: the account is disabled. */
  | 'account_disabled'
  /** Sign-in with the right password, refused: the person's office is disabled. */
  | 'office_disabled'
  | 'forbidden'
  | 'forbidden_office'
  | 'not_found'
  | 'unknown_collection'
  | 'conflict'
  | 'case_not_known'
  | 'duplicate_username'
  | 'immutable_field'
  | 'server_owned_field'
  | 'unknown_office'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

export interface FieldProblem {
  /** A path into the request body, e.g. "password" or "[3].newDocumentState.phones[0].e164". */
  field: string;
  message: string;
}

export interface ApiError {
  error: {
    code: ApiErrorCode;
    message: string;
    /** Present on validation errors: one entry per problem found. */
    fields?: FieldProblem[];
  };
}
