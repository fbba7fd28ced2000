import type { Notification } from '../../../shared/notify/notificationRules';
import type { Translator } from '../../i18n/translator';

/**
 * A notification in the UI language: the core gives English text plus the facts (params), the
 * words are ours. An unknown kind falls back to the core's English rather than showing a key.
 */
export function notificationText(
  i18n: Translator,
  notification: Pick<Notification, 'kind' | 'params' | 'title' | 'body'>,
): { title: string; body: string } {
  const key = `notify.${notification.kind}`;
  // A counted title exists only in its plural forms (title_one, title_other…).
  if (!i18n.exists(`${key}.title`) && !i18n.exists(`${key}.title_other`))
    return { title: notification.title, body: notification.body };
  const params: Record<string, unknown> = { ...notification.params };
  if (typeof params.matched === 'string') params.matched = params.matched || '—';
  // A kind may word its body by what caused it (an escalation by a manager, the deadline, the rule).
  const variant = typeof params.cause === 'string' ? `${key}.body_${params.cause}` : null;
  const body = variant && i18n.exists(variant) ? variant : `${key}.body`;
  return { title: i18n.t(`${key}.title`, params), body: i18n.t(body, params) };
}
