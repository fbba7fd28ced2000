import type { EndpointFailure } from '../../sync/resolutionClient';

/** What a screen says about a failed endpoint request: an i18n key under `reports.failure` and its values. */
export interface FailureWords {
  key: 'not_signed_in' | 'signInAgain' | 'unreachable' | 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'server';
  params: Record<string, string | number>;
  /** What the person can do about it, shown as a button. */
  action: 'signIn' | 'retry' | null;
}

/**
 * `connection` is the workstation's sign-in state: an expired sign-in reads the same as none to the
 * endpoint (401), but the person needs to hear "sign in again", not "connect to your agency".
 */
export function failureWords(failure: EndpointFailure, connection: 'alone' | 'signedIn' | 'signInAgain'): FailureWords {
  switch (failure.code) {
    case 'not_signed_in':
      return connection === 'alone'
        ? { key: 'not_signed_in', params: {}, action: 'signIn' }
        : { key: 'signInAgain', params: {}, action: 'signIn' };
    case 'unreachable':
      return { key: 'unreachable', params: {}, action: 'retry' };
    case 'forbidden':
      return { key: 'forbidden', params: { message: failure.message }, action: null };
    case 'not_found':
      return { key: 'not_found', params: { message: failure.message }, action: null };
    case 'conflict':
      return { key: 'conflict', params: { message: failure.message }, action: 'retry' };
    case 'invalid':
      return { key: 'invalid', params: { message: failure.message }, action: null };
    case 'server':
      return { key: 'server', params: { status: failure.status, message: failure.message }, action: 'retry' };
  }
}
