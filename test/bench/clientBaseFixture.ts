// A generated client base as agencies bring it: Russian and Latin names, phones typed every which
// way, free-mail and corporate emails, ~5% duplicates entered differently, ~1% invalid values;
// seeded, so runs compare. Used by the dedupe and import benches.
/** mulberry32: tiny, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MALE = [
  'Александр',
  'Алексей',
  'Андрей',
  'Антон',
  'Артём',
  'Борис',
  'Вадим',
  'Валерий',
  'Василий',
  'Виктор',
  'Виталий',
  'Владимир',
  'Владислав',
  'Геннадий',
  'Георгий',
  'Григорий',
  'Денис',
  'Дмитрий',
  'Евгений',
  'Егор',
  'Иван',
  'Игорь',
  'Илья',
  'Кирилл',
  'Константин',
  'Леонид',
  'Максим',
  'Михаил',
  'Никита',
  'Николай',
  'Олег',
  'Павел',
  'Пётр',
  'Роман',
  'Руслан',
  'Сергей',
  'Станислав',
  'Степан',
  'Тимур',
  'Фёдор',
  'Юрий',
  'Ярослав',
];
const FEMALE = [
  'Александра',
  'Алёна',
  'Алина',
  'Алла',
  'Анастасия',
  'Анна',
  'Валентина',
  'Валерия',
  'Вера',
  'Виктория',
  'Галина',
  'Дарья',
  'Диана',
  'Евгения',
  'Екатерина',
  'Елена',
  'Елизавета',
  'Жанна',
  'Зоя',
  'Инна',
  'Ирина',
  'Карина',
  'Кристина',
  'Ксения',
  'Лариса',
  'Любовь',
  'Людмила',
  'Маргарита',
  'Марина',
  'Мария',
  'Надежда',
  'Наталья',
  'Нина',
  'Оксана',
  'Ольга',
  'Полина',
  'Светлана',
  'София',
  'Тамара',
  'Татьяна',
  'Юлия',
  'Яна',
];
const ROOTS = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Герасимов',
  'Богданов',
  'Осипов',
  'Сидоров',
  'Матвеев',
  'Титов',
  'Марков',
  'Миронов',
  'Крылов',
  'Куликов',
  'Карпов',
  'Власов',
  'Мельников',
  'Денисов',
  'Гаврилов',
  'Тихонов',
  'Казаков',
  'Афанасьев',
  'Данилов',
  'Савельев',
  'Тимофеев',
  'Фомин',
  'Чернов',
  'Абрамов',
  'Мартынов',
  'Ефимов',
  'Федотов',
  'Щербаков',
  'Назаров',
  'Калинин',
  'Исаев',
  'Чернышёв',
  'Быков',
  'Маслов',
  'Родионов',
  'Коновалов',
  'Лазарев',
  'Воронин',
  'Климов',
  'Филатов',
  'Пономарёв',
  'Голубев',
  'Кудрявцев',
  'Прохоров',
  'Наумов',
  'Потапов',
  'Журавлёв',
  'Овчинников',
  'Трофимов',
  'Леонов',
  'Соболев',
  'Ермаков',
  'Колесников',
  'Гончаров',
  'Емельянов',
  'Никифоров',
  'Грачёв',
  'Котов',
  'Гришин',
  'Ефремов',
  'Архипов',
  'Громов',
  'Кириллов',
  'Малышев',
  'Панов',
  'Моисеев',
  'Румянцев',
  'Акимов',
  'Кондратьев',
  'Бирюков',
  'Горбунов',
  'Анисимов',
  'Ерёмин',
  'Тихомиров',
  'Галкин',
  'Лукьянов',
  'Михеев',
  'Скворцов',
  'Юдин',
  'Белоусов',
  'Нестеров',
  'Симонов',
  'Прокофьев',
  'Харитонов',
  'Князев',
  'Цветков',
  'Левин',
  'Митрофанов',
  'Воронов',
  'Аксёнов',
  'Софронов',
  'Мальцев',
  'Логинов',
  'Горшков',
  'Савин',
  'Краснов',
  'Майоров',
  'Демидов',
  'Елисеев',
  'Рыбаков',
  'Сафонов',
  'Плотников',
  'Дёмин',
  'Хохлов',
  'Фадеев',
  'Молчанов',
  'Игнатов',
  'Литвинов',
  'Ершов',
  'Ушаков',
  'Дементьев',
  'Рябов',
  'Мухин',
  'Калашников',
  'Леонтьев',
  'Лобанов',
  'Кузин',
  'Корнилов',
  'Евдокимов',
  'Бородин',
  'Платонов',
  'Некрасов',
  'Балашов',
  'Бобров',
  'Жданов',
  'Блинов',
  'Игнатьев',
  'Коротков',
  'Муравьёв',
  'Крюков',
  'Беляков',
  'Богомолов',
  'Дроздов',
  'Лавров',
  'Зуев',
  'Петухов',
  'Ларин',
  'Никулин',
  'Серов',
  'Терентьев',
  'Зотов',
  'Устинов',
  'Фокин',
  'Самойлов',
  'Константинов',
  'Сахаров',
  'Шишкин',
  'Самсонов',
  'Черкасов',
  'Чистяков',
  'Носов',
  'Спиридонов',
  'Карасёв',
  'Авдеев',
  'Воронцов',
  'Зверев',
  'Владимиров',
  'Селезнёв',
  'Нечаев',
  'Кудряшов',
  'Седов',
  'Фирсов',
  'Андрианов',
  'Панин',
  'Головин',
  'Терехов',
  'Ульянов',
  'Шестаков',
  'Агеев',
  'Никонов',
  'Селиванов',
  'Баженов',
  'Гордеев',
  'Кожевников',
  'Пахомов',
  'Зимин',
  'Костин',
  'Широков',
  'Филимонов',
  'Ларионов',
  'Овсянников',
  'Сазонов',
  'Суворов',
  'Нефёдов',
  'Корнилов',
  'Любимов',
  'Львов',
  'Горбачёв',
  'Копылов',
  'Лукин',
  'Токарев',
  'Кулешов',
  'Шилов',
  'Большаков',
  'Панкратов',
  'Родин',
  'Шаповалов',
  'Покровский',
  'Бочаров',
  'Никольский',
  'Маркин',
  'Горелов',
  'Агафонов',
  'Березин',
  'Ермолаев',
  'Зубков',
  'Куприянов',
  'Трифонов',
  'Масленников',
  'Круглов',
  'Третьяков',
  'Колосов',
  'Рожков',
  'Артамонов',
  'Шмелёв',
  'Лаптев',
  'Лапшин',
  'Федосеев',
  'Зиновьев',
  'Зорин',
  'Уткин',
  'Столяров',
  'Зубов',
  'Ткачёв',
  'Дорофеев',
  'Антипов',
  'Завьялов',
  'Свиридов',
  'Золотарёв',
  'Кулаков',
  'Мещеряков',
  'Макеев',
  'Дьяконов',
  'Гуляев',
  'Петровский',
  'Бондарев',
  'Поздняков',
  'Панфилов',
  'Кочетков',
  'Суханов',
  'Рыжов',
  'Старостин',
  'Калмыков',
  'Колесов',
  'Золотов',
  'Кравцов',
  'Субботин',
  'Шубин',
  'Щукин',
  'Лосев',
  'Виноградов',
  'Лыков',
  'Кошелев',
];
// Rarer surnames, composed: the long tail a real base has beyond the common ones above.
const SYLLABLES = [
  'Бар',
  'Вер',
  'Гол',
  'Дар',
  'Жер',
  'Зал',
  'Кар',
  'Лом',
  'Мор',
  'Нар',
  'Пар',
  'Рог',
  'Сав',
  'Тур',
  'Хар',
  'Чер',
  'Шур',
  'Бел',
  'Вол',
  'Гор',
  'Ден',
  'Кол',
  'Мал',
  'Ник',
  'Пол',
  'Сем',
  'Тол',
  'Фед',
  'Чуд',
  'Яр',
];
const SUFFIXES = ['анов', 'унов', 'ицкий', 'енко', 'ышев', 'овин', 'алов', 'ецкий'];
const LATIN_FIRST = [
  'John',
  'Jane',
  'Michael',
  'Emma',
  'David',
  'Olivia',
  'James',
  'Sophia',
  'Robert',
  'Mia',
  'Thomas',
  'Laura',
  'Peter',
  'Anna',
  'Daniel',
  'Sarah',
  'Mark',
  'Julia',
  'Alex',
  'Maria',
  'George',
  'Emily',
  'William',
  'Grace',
  'Henry',
  'Chloe',
  'Oliver',
  'Lucy',
  'Jack',
  'Hannah',
  'Samuel',
  'Ella',
  'Lukas',
  'Lena',
  'Felix',
  'Clara',
  'Jonas',
  'Leonie',
  'Paul',
  'Marie',
];
const LATIN_LAST = [
  'Smith',
  'Johnson',
  'Brown',
  'Taylor',
  'Miller',
  'Wilson',
  'Moore',
  'Anderson',
  'Thomas',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Thompson',
  'Garcia',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'Schmidt',
  'Mueller',
  'Weber',
  'Fischer',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Roberts',
  'Evans',
  'Edwards',
  'Collins',
  'Stewart',
  'Morris',
  'Rogers',
  'Cook',
  'Morgan',
  'Bell',
  'Murphy',
  'Bailey',
  'Cooper',
  'Richardson',
  'Cox',
  'Howard',
  'Ward',
  'Torres',
  'Peterson',
  'Gray',
];
const FREE_MAIL = [
  'gmail.com',
  'mail.ru',
  'yandex.ru',
  'bk.ru',
  'list.ru',
  'inbox.ru',
  'ya.ru',
  'rambler.ru',
  'icloud.com',
  'outlook.com',
];
const COMPANY_WORDS = [
  'Ромашка',
  'Вектор',
  'Альфа',
  'Гранит',
  'Меридиан',
  'Сфера',
  'Прогресс',
  'Восток',
  'Полюс',
  'Атлант',
  'Горизонт',
  'Сигма',
  'Орион',
  'Квант',
  'Ресурс',
  'Техно',
  'Строй',
  'Инвест',
  'Трейд',
  'Логистик',
];
const COMPANY_TLDS = ['ru', 'com', 'рф', 'msk.ru', 'spb.ru', 'kz', 'by', 'net'];

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
function translit(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const t = TRANSLIT[lower];
      if (t === undefined) return ch;
      return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
    })
    .join('');
}

/** Иванов → Иванова, Покровский → Покровская, Шевченко stays. */
function feminine(surname: string): string {
  if (surname.endsWith('кий')) return `${surname.slice(0, -2)}ая`;
  if (surname.endsWith('енко')) return surname;
  return `${surname}а`;
}

interface Person {
  name: string;
  phones: string[];
  emails: string[];
  company: string;
  last: string;
  mobile: string;
}

interface GeneratedBase {
  csv: string;
  rows: number;
  duplicates: number;
}

/** The semicolon-separated text of a base of `rows` clients, as a Russian Excel would export it. */
export function generateClientBase(rows: number, seed = 42): GeneratedBase {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const companies = Array.from({ length: 3000 }, (_, i) => {
    const word = pick(COMPANY_WORDS);
    const tld = pick(COMPANY_TLDS);
    const host = tld === 'рф' ? `${word.toLowerCase()}${i}` : `${translit(word).toLowerCase()}-${i}`;
    return { name: `ООО «${word}-${i}»`, domain: `${host}.${tld}` };
  });

  /** A Russian mobile in one of the ways people type it. */
  const formatMobile = (ten: string): string => {
    const [a, b, c, d] = [ten.slice(0, 3), ten.slice(3, 6), ten.slice(6, 8), ten.slice(8)];
    switch (Math.floor(rand() * 6)) {
      case 0:
        return `+7 (${a}) ${b}-${c}-${d}`;
      case 1:
        return `8${ten}`;
      case 2:
        return `8 ${a} ${b} ${c} ${d}`;
      case 3:
        return `+7${ten}`;
      case 4:
        return `8-${a}-${b}-${c}-${d}`;
      default:
        return `7 ${a} ${b}${c}${d}`;
    }
  };

  const newPerson = (): Person => {
    let first: string;
    let last: string;
    let patronymic = '';
    if (rand() < 0.95) {
      const female = rand() < 0.5;
      first = pick(female ? FEMALE : MALE);
      const root = rand() < 0.3 ? pick(ROOTS) : `${pick(SYLLABLES)}${pick(SYLLABLES).toLowerCase()}${pick(SUFFIXES)}`;
      last = female ? feminine(root) : root;
      if (rand() < 0.3) patronymic = `${pick(MALE)}${female ? 'овна' : 'ович'}`;
      if (rand() < 0.1) {
        first = translit(first);
        last = translit(last);
        patronymic = '';
      }
    } else {
      first = pick(LATIN_FIRST);
      last = pick(LATIN_LAST);
    }
    const name = rand() < 0.5 ? `${last} ${first}${patronymic ? ` ${patronymic}` : ''}` : `${first} ${last}`;
    const mobile = `9${digits(9)}`;
    const phones = [formatMobile(mobile)];
    if (rand() < 0.15)
      phones.push(`8 (495) ${digits(3)}-${digits(2)}-${digits(2)}${rand() < 0.3 ? ` доб. ${digits(3)}` : ''}`);
    if (rand() < 0.03) phones.push(`+375 29 ${digits(3)}-${digits(2)}-${digits(2)}`);
    const login = `${translit(first).toLowerCase()}.${translit(last).toLowerCase()}${digits(2)}`.replace(
      /[^a-z0-9.]/g,
      '',
    );
    const emails: string[] = [];
    let company = '';
    if (rand() < 0.3) {
      const c = pick(companies);
      company = c.name;
      emails.push(`${login}@${c.domain}`);
    }
    if (rand() < 0.7) emails.push(`${login}@${pick(FREE_MAIL)}`);
    return { name, phones, emails, company, last, mobile };
  };

  /** The same client entered again by another manager: other format, alias, transliteration, spouse. */
  const duplicateOf = (p: Person): Person => {
    const kind = rand();
    if (kind < 0.4) return { ...p, phones: [formatMobile(p.mobile)], emails: [] };
    if (kind < 0.6) {
      const email = p.emails.find((e) => e.endsWith('@gmail.com'));
      const alias = email ? email.replace('.', '').replace('@', '+travel@') : (p.emails[0] ?? '');
      return { ...p, phones: [], emails: alias ? [alias.toUpperCase()] : [], name: translit(p.name) };
    }
    if (kind < 0.8) return { ...p, name: translit(p.name), phones: [`+7 ${p.mobile}`], emails: [] };
    const spouse = newPerson();
    return { ...spouse, name: `${pick(FEMALE)} ${p.last}`, phones: [formatMobile(p.mobile)] }; // the spouse calls from the shared number
  };

  const lines = ['ФИО;Телефон;E-mail;Компания'];
  const people: Person[] = [];
  let duplicates = 0;
  const cell = (v: string): string => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  for (let i = 0; i < rows; i += 1) {
    let p: Person;
    if (people.length > 100 && rand() < 0.05) {
      p = duplicateOf(pick(people));
      duplicates += 1;
    } else {
      p = newPerson();
      people.push(p);
    }
    const phones = [...p.phones];
    const emails = [...p.emails];
    if (rand() < 0.008) phones.push(pick(['12345', 'нет', '8 916 12', '+7 (000) 000-00-00', 'звонить после 18']));
    if (rand() < 0.005) emails.push(pick(['ivanov@', 'mail.ru', 'petrov@gmail', 'a b@c.ru', 'test@@mail.ru']));
    lines.push([cell(p.name), cell(phones.join(', ')), cell(emails.join('; ')), cell(p.company)].join(';'));
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows, duplicates };
}

/** Windows-1251 bytes, as Excel saves a CSV in a Russian locale (the slowest path: UTF-8 fails first). */
export function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) out[n] = code;
    else if (code >= 0x410 && code <= 0x44f) out[n] = code - 0x410 + 0xc0;
    else if (code === 0x401)
      out[n] = 0xa8; // Ё
    else if (code === 0x451)
      out[n] = 0xb8; // ё
    else if (code === 0xab)
      out[n] = 0xab; // «
    else if (code === 0xbb)
      out[n] = 0xbb; // »
    else out[n] = 0x3f; // '?': the generator only uses the characters above
    n += 1;
  }
  return out.subarray(0, n);
}
