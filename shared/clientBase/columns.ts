// What each column of a client base means. Bases come from amoCRM, Bitrix24, Google Contacts,
// Outlook and hand-made Excel sheets, in Russian or English, so recognition is generous: case,
// punctuation, "ё", a number ("Телефон 2", "Phone 1 - Value") and common synonyms do not matter.
// Whatever is not recognised is kept as a note, never dropped; a person can override any column.

export type ColumnRole =
  /** A full name ("ФИО", "Полное имя контакта", "Name"). */
  | 'name'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'phone'
  | 'email'
  | 'company'
  /** Describes a neighbouring value ("Phone 1 - Label": Mobile, "E-mail Type": SMTP): never a value. */
  | 'label'
  /** Kept with the row as a note (unrecognised columns land here). */
  | 'note'
  /** Left out on purpose (a person said so with a mapping). */
  | 'ignore';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'phone',
  'email',
  'company',
  'label',
  'note',
  'ignore',
];

export function isColumnRole(value: string): value is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(value);
}

/**
 * Header names we recognise, for messages ("expected one of …") and docs.
 * Matching is looser than this list suggests: see roleOfHeader.
 */
export const ACCEPTED_COLUMN_NAMES: Readonly<Record<'name' | 'phone' | 'email' | 'company', readonly string[]>> = {
  name: [
    'name',
    'full name',
    'first name',
    'last name',
    'ФИО',
    'полное имя контакта',
    'основной контакт',
    'контакт',
    'имя',
    'фамилия',
    'отчество',
    'клиент',
  ],
  phone: [
    'phone',
    'mobile phone',
    'business phone',
    'phone 1 - value',
    'tel',
    'телефон',
    'рабочий телефон',
    'мобильный телефон',
    'тел.',
    'мобильный',
  ],
  email: [
    'email',
    'e-mail',
    'e-mail address',
    'e-mail 1 - value',
    'почта',
    'эл. почта',
    'рабочий e-mail',
    'частный e-mail',
  ],
  company: ['company', 'organization 1 - name', 'компания', 'название компании', 'организация'],
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
// A word that turns a phone or email header into a description of the value next to it.
const LABEL_WORDS = new Set(['label', 'type', 'kind', 'display', 'тип', 'вид', 'метка']);
// A manager's or an assistant's phone is not the client's: reading it would make every
// client of that manager a "duplicate" of the others. Such columns are kept as notes.
const STAFF_PREFIXES = [
  'manager',
  'owner',
  'agent',
  'responsible',
  'staff',
  'employee',
  'assistant',
  'менеджер',
  'ответственн',
  'агент',
  'сотрудник',
  'куратор',
  'ассистент',
  'помощник',
];

// Names and companies use common words ("name", "клиент") that also appear in headers
// we must not read ("ID клиента", "Nickname"), so these match the whole header.
const COMPANY_HEADERS = new Set([
  'company',
  'companies',
  'company name',
  'organization',
  'organisation',
  'organization name', // Google: "Organization 1 - Name" once the number is dropped
  'organisation name',
  'org',
  'employer',
  'firm',
  'business',
  'account name',
  'компания',
  'компания контакта',
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
  'display name',
  'client',
  'client name',
  'customer',
  'customer name',
  'contact',
  'contact name',
  'contact person',
  'primary contact',
  'person',
  'tourist',
  'фио',
  'ф и о',
  'фамилия имя отчество',
  'фамилия имя',
  'имя фамилия',
  'полное имя',
  'полное имя контакта',
  'имя контакта',
  'основной контакт',
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
]);
const FIRST_NAME_HEADERS = new Set(['first name', 'firstname', 'given name', 'имя']);
const MIDDLE_NAME_HEADERS = new Set(['middle name', 'middlename', 'additional name', 'отчество']);
const LAST_NAME_HEADERS = new Set(['last name', 'lastname', 'surname', 'family name', 'фамилия']);
// A fax or a pager number is shared by a whole office and is not how a client is reached.
// "Phonetic First Name" (Google) only looks like a phone column.
const NOT_A_PHONE_WORDS = new Set(['fax', 'факс', 'факса', 'pager', 'пейджер', 'пейджера', 'telex', 'phonetic']);

/** The role of one header cell. Anything unrecognised is a note: kept with the row, never lost. */
export function roleOfHeader(header: string): ColumnRole {
  const words = headerWords(header);
  if (words.length === 0) return 'note';
  if (words.some((w) => STAFF_PREFIXES.some((p) => w.startsWith(p)))) return 'note';
  const isEmail = words.some((w) => EMAIL_WORDS.has(w) || EMAIL_PREFIXES.some((p) => w.startsWith(p)));
  const isPhone = words.some((w) => PHONE_WORDS.has(w) || PHONE_PREFIXES.some((p) => w.startsWith(p)));
  if ((isEmail || isPhone) && words.some((w) => LABEL_WORDS.has(w))) return 'label';
  if (isEmail) return 'email';
  if (words.some((w) => NOT_A_PHONE_WORDS.has(w))) return 'note';
  if (isPhone) return 'phone';
  // Google numbers its repeated fields: "Organization 1 - Name", "Phone 1 - Value".
  const joined = words.filter((w) => w !== 'value').join(' ');
  if (COMPANY_HEADERS.has(joined)) return 'company';
  if (NAME_HEADERS.has(joined)) return 'name';
  if (FIRST_NAME_HEADERS.has(joined)) return 'firstName';
  if (MIDDLE_NAME_HEADERS.has(joined)) return 'middleName';
  if (LAST_NAME_HEADERS.has(joined)) return 'lastName';
  return 'note';
}

/** A person's choice for a column, by its header text ("Колонка=phone" on the command line). */
export interface ColumnOverride {
  column: string;
  role: ColumnRole;
}

const sameHeader = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Roles of a whole header row, one per column; overrides win over recognition. */
export function mapColumns(headerRow: readonly string[], overrides: readonly ColumnOverride[] = []): ColumnRole[] {
  return headerRow.map((cell) => overrides.find((o) => sameHeader(o.column, cell))?.role ?? roleOfHeader(cell));
}

/** Overrides that name no column of this header (a typo on the command line). */
export function unmatchedOverrides(
  headerRow: readonly string[],
  overrides: readonly ColumnOverride[],
): ColumnOverride[] {
  return overrides.filter((o) => !headerRow.some((cell) => sameHeader(o.column, cell)));
}

/** A header is usable when it names something we can match on: a phone or an email column. */
export function hasIdentityColumns(roles: readonly ColumnRole[]): boolean {
  return roles.includes('phone') || roles.includes('email');
}

/** Roles present in a header other than notes, in a fixed order, for messages. */
export function recognisedRoles(roles: readonly ColumnRole[]): ColumnRole[] {
  return COLUMN_ROLES.filter((r) => r !== 'note' && roles.includes(r));
}
