// Recognising what a header cell means. Client bases come from many CRMs and from
// hand-made Excel sheets, in Russian or English, so we are generous: case, punctuation,
// "ё", a trailing number ("Телефон 2") and common synonyms do not matter.

export type ColumnRole = 'name' | 'phone' | 'email' | 'company';

export interface ColumnMap {
  /** Several name columns ("Фамилия", "Имя", "Отчество") are joined in file order. */
  name: number[];
  /** Every phone column is read; a cell may also hold several numbers. */
  phone: number[];
  email: number[];
  company: number[];
}

/**
 * Header names we recognise, for messages ("expected one of …") and docs.
 * Matching is looser than this list suggests: see roleOfHeader.
 */
export const ACCEPTED_COLUMN_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  name: [
    'name',
    'full name',
    'client',
    'customer',
    'contact',
    'first name',
    'last name',
    'ФИО',
    'имя',
    'фамилия',
    'отчество',
    'клиент',
    'контакт',
    'контактное лицо',
    'заказчик',
    'турист',
  ],
  phone: [
    'phone',
    'phones',
    'telephone',
    'tel',
    'mobile',
    'cell',
    'телефон',
    'телефоны',
    'тел.',
    'мобильный',
    'моб.',
    'сотовый',
  ],
  email: ['email', 'e-mail', 'emails', 'mail', 'почта', 'эл. почта', 'электронная почта', 'емейл', 'имейл'],
  company: [
    'company',
    'organization',
    'organisation',
    'employer',
    'firm',
    'компания',
    'организация',
    'фирма',
    'работодатель',
    'контрагент',
  ],
};

/** Lower-case words of a header: punctuation and digits dropped, ё → е ("Тел. 2" → ["тел"]). */
export function headerWords(header: string): string[] {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/e-mail/g, 'email') // keep the hyphenated spelling one word
    .split(/[^a-zа-я]+/)
    .filter((w) => w.length > 0);
}

// Phone and email words are distinctive enough to match anywhere in the header
// ("Номер телефона", "Client e-mail"); prefixes cover Russian inflection (телефона, мобильного).
const PHONE_PREFIXES = ['phone', 'telephone', 'mobile', 'cellphone', 'телефон', 'мобильн', 'сотов'];
const PHONE_WORDS = new Set(['tel', 'mob', 'cell', 'тел', 'моб', 'тлф']);
const EMAIL_PREFIXES = ['email', 'почт', 'емейл', 'имейл', 'емэйл', 'имэйл'];
const EMAIL_WORDS = new Set(['mail', 'mails', 'эл']);
// A manager's or an agent's phone is not the client's: reading it would make every
// client of that manager a "duplicate" of the others.
const STAFF_PREFIXES = [
  'manager',
  'owner',
  'agent',
  'responsible',
  'staff',
  'employee',
  'менеджер',
  'ответственн',
  'агент',
  'сотрудник',
  'куратор',
];

// Names and companies use common words ("name", "клиент") that also appear in headers
// we must not read ("ID клиента", "Менеджер клиента"), so these match the whole header.
const COMPANY_HEADERS = new Set([
  'company',
  'companies',
  'company name',
  'organization',
  'organisation',
  'organization name',
  'organisation name',
  'org',
  'employer',
  'firm',
  'business',
  'account',
  'account name',
  'компания',
  'название компании',
  'наименование компании',
  'организация',
  'название организации',
  'наименование организации',
  'наименование',
  'фирма',
  'работодатель',
  'юр лицо',
  'юрлицо',
  'контрагент',
  'место работы',
]);
const NAME_HEADERS = new Set([
  'name',
  'names',
  'full name',
  'fullname',
  'client',
  'client name',
  'customer',
  'customer name',
  'contact',
  'contact name',
  'contact person',
  'person',
  'first name',
  'firstname',
  'last name',
  'lastname',
  'middle name',
  'surname',
  'given name',
  'family name',
  'tourist',
  'фио',
  'ф и о',
  'имя',
  'фамилия',
  'отчество',
  'фамилия имя отчество',
  'фамилия имя',
  'имя фамилия',
  'клиент',
  'имя клиента',
  'фио клиента',
  'контакт',
  'контактное лицо',
  'фио контакта',
  'заказчик',
  'фио заказчика',
  'турист',
  'фио туриста',
  'покупатель',
  'полное имя',
]);

/** The role of one header cell, or null for columns we ignore (notes, manager, dates…). */
export function roleOfHeader(header: string): ColumnRole | null {
  const words = headerWords(header);
  if (words.length === 0) return null;
  if (words.some((w) => STAFF_PREFIXES.some((p) => w.startsWith(p)))) return null;
  const isEmail = words.some((w) => EMAIL_WORDS.has(w) || EMAIL_PREFIXES.some((p) => w.startsWith(p)));
  if (isEmail) return 'email';
  if (words.some((w) => PHONE_WORDS.has(w) || PHONE_PREFIXES.some((p) => w.startsWith(p)))) return 'phone';
  const joined = words.join(' ');
  if (COMPANY_HEADERS.has(joined)) return 'company';
  if (NAME_HEADERS.has(joined)) return 'name';
  return null;
}

/** Roles of a whole header row. */
export function mapColumns(headerRow: readonly string[]): ColumnMap {
  const map: ColumnMap = { name: [], phone: [], email: [], company: [] };
  headerRow.forEach((cell, index) => {
    const role = roleOfHeader(cell);
    if (role) map[role].push(index);
  });
  return map;
}

/** A header is usable when it names something we can match on: a phone or an email column. */
export function hasIdentityColumns(map: ColumnMap): boolean {
  return map.phone.length > 0 || map.email.length > 0;
}
