import type { Translator } from '../../i18n/translator';
import { listOf } from '../../widgets/TermsForm/termsSentence';

/** Colleagues named in the toast; the rest are counted, so a save that opened many cases stays one readable line. */
export const COLLEAGUES_NAMED = 3;

/** Another manager's client the saved one duplicates: one case each. */
export interface ColleagueClient {
  clientId: string;
  managerName: string;
  officeName: string;
}

/**
 * What the manager who saved a duplicate is told: how many cases the save opened (one per other
 * manager's client, however it was found: this office's claims or the other offices' look-up), and
 * with whom. Company notices are the warning's own company line, not cases with a colleague.
 */
export function casesOpenedText(
  i18n: Translator,
  clients: readonly ColleagueClient[],
): { title: string; message: string } | null {
  const byClient = new Map(clients.map((c) => [c.clientId, c]));
  const count = byClient.size;
  if (count === 0) return null;
  const colleagues = [
    ...new Set(
      [...byClient.values()].map((c) => i18n.t('form.caseWith', { owner: c.managerName, office: c.officeName })),
    ),
  ];
  const named = colleagues.slice(0, COLLEAGUES_NAMED);
  const rest = colleagues.length - named.length;
  const owners = listOf(i18n.language, rest > 0 ? [...named, i18n.t('form.andOthers', { count: rest })] : named);
  if (count === 1) return { title: i18n.t('form.caseOpenedTitle'), message: i18n.t('form.caseOpened', { owners }) };
  return { title: i18n.t('form.casesOpenedTitle', { count }), message: i18n.t('form.casesOpened', { owners }) };
}
