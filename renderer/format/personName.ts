// Russian names in the grammatical case a sentence needs ("условия от Маши Смирновой") and the
// person's gender for verbs ("предложила"). lvovich knows the endings; the order of the words,
// spelling fixes after hissing consonants and the cases it leaves alone are ours.
import {
  getFirstnameGender,
  getLastnameGender,
  getMiddlenameGender,
  inclineFirstname,
  inclineLastname,
  inclineMiddlename,
} from 'lvovich';

export type GrammaticalCase = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
export type Gender = 'male' | 'female' | 'unknown';

interface NameParts {
  first: string;
  last: string | null;
  middle: string | null;
  /** The words in the order they were written, so the declined name reads the same way. */
  order: Array<'first' | 'last' | 'middle'>;
}

const CYRILLIC_WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$/u;
const PATRONYMIC = /(?:вич|вна|ична|инична|ич)$/u;
// A word with these endings after a stem of three letters or more is a surname (Иванов, not Лев);
// -ин/-ина are left out, as Марина and Ирина are first names.
const SURNAME = /^[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ова|ева|ёва|ский|цкий|ская|цкая|ых|их|ой)$/u;

function isSurname(word: string): boolean {
  return SURNAME.test(word.split('-')[0]!);
}

/** Which word is which; null when the name is not a Russian name in Cyrillic (left as written). */
function parseName(fullName: string): NameParts | null {
  const words = fullName.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 3 || !words.every((w) => CYRILLIC_WORD.test(w))) return null;
  const [a, b, c] = words as [string, string?, string?];
  if (b === undefined)
    return isSurname(a)
      ? { first: '', last: a, middle: null, order: ['last'] }
      : { first: a, last: null, middle: null, order: ['first'] };
  if (c === undefined)
    return isSurname(a) && !isSurname(b)
      ? { first: b, last: a, middle: null, order: ['last', 'first'] }
      : { first: a, last: b, middle: null, order: ['first', 'last'] };
  if (PATRONYMIC.test(c)) return { first: b, last: a, middle: c, order: ['last', 'first', 'middle'] };
  if (PATRONYMIC.test(b)) return { first: a, last: c, middle: b, order: ['first', 'middle', 'last'] };
  return null;
}

function definite(g: string | null): 'male' | 'female' | null {
  return g === 'male' || g === 'female' ? g : null;
}

function firstNameGender(first: string): 'male' | 'female' | null {
  const known = getFirstnameGender(first);
  if (known === 'androgynous') return null;
  if (known) return known;
  // lvovich's list misses common names such as Маша and Любовь; -а/-я names of men (Никита,
  // Илья) are in it, so what remains with these endings is a woman's name.
  return /[ая]$/u.test(first) ? 'female' : /ь$/u.test(first) ? 'female' : null;
}

function genderOfParts(parts: NameParts): Gender {
  const byMiddle = parts.middle ? definite(getMiddlenameGender(parts.middle)) : null;
  if (byMiddle) return byMiddle;
  const byLast = parts.last ? definite(getLastnameGender(parts.last)) : null;
  const byFirst = parts.first ? firstNameGender(parts.first) : null;
  // Whoever wrote "Анна Иванов" made a typo or means something we cannot guess.
  if (byLast && byFirst && byLast !== byFirst) return 'unknown';
  return byLast ?? byFirst ?? 'unknown';
}

/** 'female' for "Маша Смирнова", 'male' for "Пётр Иванов", 'unknown' for "Саша Ким" or Latin names. */
export function genderOf(fullName: string): Gender {
  const parts = parseName(fullName);
  return parts ? genderOfParts(parts) : 'unknown';
}

/** Russian spelling after г, к, х, ж, ш, щ, ч, ц: Маши, not Машы; Машей, not Машой. */
function spellingFixed(word: string): string {
  return word.replace(/([гкхжшщч])ы$/u, '$1и').replace(/([жшщчц])ой$/u, '$1ей');
}

function declineFirst(first: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  // Names in -а/-я decline alike for men and women (Саша, Женя), so they need no gender.
  if (/[ая]$/u.test(first)) return spellingFixed(inclineFirstname(first, grammaticalCase, 'female'));
  if (gender === 'female' && /ь$/u.test(first)) {
    const stem = first.slice(0, -1);
    return grammaticalCase === 'instrumental' ? `${stem}ью` : grammaticalCase === 'accusative' ? first : `${stem}и`;
  }
  if (gender === 'unknown') return first;
  return inclineFirstname(first, grammaticalCase, gender);
}

function declineLast(last: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  // A surname whose gender is unknown (Ким, Шевчук) declines for a man and not for a woman: unsaid.
  if (gender === 'unknown') return last;
  return inclineLastname(last, grammaticalCase, gender);
}

/**
 * "Маша Смирнова" → "Маши Смирновой" (genitive). A name that is not a Russian name in Cyrillic
 * ("Ivanov Petr", "Anna (lead)") comes back as written: it is better undeclined than mangled.
 */
export function declinePersonName(fullName: string, grammaticalCase: GrammaticalCase): string {
  const parts = parseName(fullName);
  if (!parts) return fullName;
  const gender = genderOfParts(parts);
  const declined = {
    first: parts.first ? declineFirst(parts.first, grammaticalCase, gender) : '',
    last: parts.last ? declineLast(parts.last, grammaticalCase, gender) : '',
    middle: parts.middle && gender !== 'unknown' ? inclineMiddlename(parts.middle, grammaticalCase, gender) : '',
  };
  return parts.order.map((part) => declined[part] || parts[part] || '').join(' ');
}
