// A refused admin action in the person's language: what went wrong and, for a form, under which field.
import type { EndpointFailure } from '../../../shared/endpoint';
import type { Translate } from '../../i18n/translator';
import type { FieldKey } from './adminView';

/** The endpoint's field names, as the admin forms' problems. */
const FIELD_KEYS: Readonly<Record<string, FieldKey>> = {
  name: 'nameMissing',
  username: 'usernameBad',
  officeId: 'officeMissing',
  password: 'passwordShort',
};

export function fieldProblems(failure: EndpointFailure): Record<string, FieldKey> {
  if (failure.code !== 'invalid') return {};
  const problems: Record<string, FieldKey> = {};
  for (const { field } of failure.errors) {
    const key = FIELD_KEYS[field];
    if (key) problems[field] = key;
  }
  return problems;
}

/** `conflict` is what a 409 means for this action (a name taken, the last admin). */
export function failureText(t: Translate, failure: EndpointFailure, conflict: string): string {
  switch (failure.code) {
    case 'not_signed_in':
      return t('admin.failure.notSignedIn');
    case 'unreachable':
      return t('admin.failure.unreachable');
    case 'forbidden':
      return t('admin.failure.forbidden');
    case 'not_found':
      return t('admin.failure.gone');
    case 'conflict':
      return conflict;
    case 'invalid':
      return t('admin.failure.invalid');
    case 'server':
      return t('admin.failure.server', { status: failure.status });
  }
}
