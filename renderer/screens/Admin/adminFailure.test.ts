import { describe, expect, it } from 'vitest';
import { failureText, fieldProblems } from './adminFailure';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

describe('a refused admin action', () => {
  it('puts the endpoint’s field problems under the form’s own words, ignoring fields the form has not', () => {
    const failure = {
      code: 'invalid' as const,
      message: 'x',
      errors: [
        { field: 'username', message: 'bad' },
        { field: 'password', message: 'short' },
        { field: 'extra', message: 'unknown' },
      ],
    };
    expect(fieldProblems(failure)).toEqual({ username: 'usernameBad', password: 'passwordShort' });
    expect(fieldProblems({ code: 'unreachable' })).toEqual({});
  });

  it('says what a conflict means for the action, and the rest by what the person can do', () => {
    expect(failureText(t, { code: 'conflict', message: 'x' }, 'the last admin')).toBe('the last admin');
    expect(failureText(t, { code: 'unreachable' }, '')).toBe('admin.failure.unreachable');
    expect(failureText(t, { code: 'server', status: 502, message: 'x' }, '')).toBe(
      'admin.failure.server {"status":502}',
    );
  });
});
