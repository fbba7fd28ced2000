import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { failureWords } from './failureWords';

describe('failureWords', () => {
  it('asks a workstation that never signed in to connect to the agency', () => {
    expect(failureWords({ code: 'not_signed_in' }, 'alone')).toEqual({
      key: 'not_signed_in',
      params: {},
      action: 'signIn',
    });
  });

  it('asks for a new sign-in when the endpoint refused the token', () => {
    expect(failureWords({ code: 'not_signed_in' }, 'signedIn')).toEqual({
      key: 'signInAgain',
      params: {},
      action: 'signIn',
    });
    expect(failureWords({ code: 'not_signed_in' }, 'signInAgain').key).toBe('signInAgain');
  });

  it('offers a retry for problems that pass', () => {
    expect(failureWords({ code: 'unreachable' }, 'signedIn').action).toBe('retry');
    expect(failureWords({ code: 'server', status: 503, message: 'Service Unavailable' }, 'signedIn')).toEqual({
      key: 'server',
      params: { status: 503, message: 'Service Unavailable' },
      action: 'retry',
    });
  });

  it('offers nothing to retry when the answer will not change', () => {
    expect(failureWords({ code: 'forbidden', message: 'Leads and admins only.' }, 'signedIn')).toEqual({
      key: 'forbidden',
      params: { message: 'Leads and admins only.' },
      action: null,
    });
  });

  it('has words for every key in both languages', () => {
    for (const key of [
      'not_signed_in',
      'signInAgain',
      'unreachable',
      'forbidden',
      'not_found',
      'conflict',
      'invalid',
      'server',
    ] as const) {
      expect(en.reports.failure[key].title).toBeTruthy();
      expect(ru.reports.failure[key].body).toBeTruthy();
    }
  });
});
