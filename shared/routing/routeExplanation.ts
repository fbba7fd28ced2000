// A route's reason in words, Russian or English. It lives here rather than in the app's i18n
// resources because the endpoint answers intake calls (a site, a telephony system) in words too;
// the app renders the same reasons with this function, so both say exactly the same thing.
import type { RouteReason } from './routeReason';

export type ExplanationLanguage = 'ru' | 'en';

function day(epochMs: number, language: ExplanationLanguage, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(epochMs);
}

/** "ещё 2 лида", "ещё 1 лид", "ещё 5 лидов". */
function leadsLeftRu(n: number): string {
  if (n === 0) return 'долг по лидам закрыт';
  const forms = { one: 'лид', few: 'лида', many: 'лидов', other: 'лида' } as const;
  return `остаётся ${n} ${forms[new Intl.PluralRules('ru').select(n) as keyof typeof forms]}`;
}

function leadsLeftEn(n: number): string {
  if (n === 0) return 'nothing more is owed';
  return `${n} more ${n === 1 ? 'lead is' : 'leads are'} owed`;
}

export function explainRoute(reason: RouteReason, language: ExplanationLanguage, timeZone?: string): string {
  const ru = language === 'ru';
  switch (reason.code) {
    case 'owner':
      return ru
        ? `Клиент ${reason.client} у менеджера ${reason.owner} (${reason.office}) с ${day(reason.since, language, timeZone)} — заявка уходит владельцу клиента.`
        : `${reason.client} has been ${reason.owner}'s client (${reason.office}) since ${day(reason.since, language, timeZone)}: the request goes to the client's owner.`;
    case 'household':
      return ru
        ? `Член семьи клиента ${reason.client} (менеджер ${reason.owner}, ${reason.office}) — заявка уходит менеджеру семьи.`
        : `A member of the household of ${reason.client} (${reason.owner}, ${reason.office}): the request goes to the family's manager.`;
    case 'repeat':
      return ru
        ? `Повторная заявка того же человека (первая — ${day(reason.firstAt, language, timeZone)}) — тому же менеджеру: ${reason.assignee}.`
        : `A repeat request from the same person (first on ${day(reason.firstAt, language, timeZone)}): the same manager takes it, ${reason.assignee}.`;
    case 'freeDesk':
      return ru
        ? `Новый клиент — следующий свободный менеджер: ${reason.assignee}.`
        : `A new client: the next free manager is ${reason.assignee}.`;
    case 'nobodyFree':
      return ru
        ? `Свободных менеджеров в офисе нет — заявку получает ${reason.assignee}.`
        : `No manager of the office is free: ${reason.assignee} takes the request.`;
    case 'owedLead':
      return ru
        ? `Лид в счёт договорённости по делу «${reason.caseLabel}»: очередь менеджера ${reason.debtor} передана менеджеру ${reason.assignee}; ${leadsLeftRu(reason.remaining)}.`
        : `A lead owed under the agreement in the case "${reason.caseLabel}": ${reason.debtor}'s turn goes to ${reason.assignee}; ${leadsLeftEn(reason.remaining)}.`;
    case 'personal':
      return ru
        ? `Назначено лично (${reason.by}): ${reason.assignee}. Причина: ${reason.reason}`
        : `Assigned personally by ${reason.by} to ${reason.assignee}. Reason: ${reason.reason}`;
    case 'ownerAway':
      return ru
        ? `Клиент ${reason.client} у менеджера ${reason.owner} (${reason.office}), но менеджер отсутствует — по регламенту заявка уходит ${reason.to === 'lead' ? 'руководителю офиса' : 'коллеге по офису'}: ${reason.assignee}.`
        : `${reason.client} is ${reason.owner}'s client (${reason.office}), who is away: by the regulations the request goes to ${reason.to === 'lead' ? 'the office lead' : 'a colleague'}, ${reason.assignee}.`;
    case 'companyManager':
      return ru
        ? `Новый контакт компании ${reason.domain}, с которой работает ${reason.assignee} (${reason.office}) — по регламенту заявка уходит этому менеджеру.`
        : `A new contact at ${reason.domain}, a company ${reason.assignee} (${reason.office}) works with: by the regulations the request goes to them.`;
  }
}

/** "en…" in an Accept-Language header means English; anything else, Russian (the agency's language). */
export function explanationLanguageOf(acceptLanguage: string | undefined): ExplanationLanguage {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'ru';
}
