import { notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import type { Result } from '../../../shared/office';
import { errorText } from '../../i18n/errorText';

/** Says how a link, merge or undo went: the success message, or the core's refusal in words. */
export function announceSamePerson(result: Result<unknown>, i18next: Pick<i18n, 't' | 'exists'>, done: string): void {
  if (result.ok) notifications.show({ color: 'teal', message: done });
  else notifications.show({ color: 'red', message: result.errors.map((e) => errorText(i18next, e)).join(' ') });
}
