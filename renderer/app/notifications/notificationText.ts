import type { Notification } from '../../../shared/notify/notificationRules';
import type { Terms } from '../../../shared/workflow';
import type { Translator } from '../../i18n/translator';
import { listOf, termsSentence } from '../../widgets/TermsForm/termsSentence';

/** A note longer than this would swamp a notification: it is pointed at instead. */
export const NOTE_SHOWN_MAX = 160;

/** What a digest counts, in the order it is told. */
const NEWS = [
  'duplicates',
  'companyContacts',
  'proposals',
  'agreements',
  'decisions',
  'rulings',
  'escalations',
] as const;

/**
 * A notification in the UI language: the core gives English text plus the facts (params), the
 * words are ours. An unknown kind falls back to the core's English rather than showing a key.
 */
export function notificationText(
  i18n: Translator,
  notification: Pick<Notification, 'kind' | 'params' | 'title' | 'body' | 'terms'>,
): { title: string; body: string } {
  const key = `notify.${notification.kind}`;
  // A counted title exists only in its plural forms (title_one, title_other…).
  if (!i18n.exists(`${key}.title`) && !i18n.exists(`${key}.title_other`))
    return { title: notification.title, body: notification.body };
  // `context` (a digest's `away` or `live`, a waiting digest's kind of wait) picks i18next's variant of a key.
  const params: Record<string, unknown> = { ...notification.params };
  if (typeof params.matched === 'string') params.matched = params.matched || '—';
  if (notification.terms) params.terms = termsText(i18n, notification.terms, notification.params);
  const news = NEWS.filter((part) => Number(params[part] ?? 0) > 0).map((part) =>
    i18n.t(`notify.news.${part}`, { count: params[part] }),
  );
  if (news.length > 0) params.what = capitalised(listOf(i18n.language, news));
  // A kind may word its body by what caused it (an escalation by a manager, the deadline, the rule).
  const variant = typeof params.cause === 'string' ? `${key}.body_${params.cause}` : null;
  const body = variant && i18n.exists(variant) ? variant : `${key}.body`;
  return { title: i18n.t(`${key}.title`, params), body: i18n.t(body, params) };
}

/** The whole terms in words (the one terms sentence), and the note when it is short enough to read here. */
function termsText(i18n: Translator, terms: Terms, params: Notification['params']): string {
  const sentence = termsSentence(i18n, terms, {
    owner: String(params.ownerName ?? ''),
    newcomer: String(params.newcomerName ?? ''),
  });
  const note = terms.note.trim();
  if (!note) return sentence;
  const aside = note.length <= NOTE_SHOWN_MAX ? i18n.t('notify.termsNote', { note }) : i18n.t('notify.termsNoteLong');
  return `${sentence} ${aside}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
