// Names reach the client book in Cyrillic and in whatever Latin spelling a passport, a
// booking site or the manager chose: Юлия, Iuliia (ICAO 9303 passport, since 2013), Yuliya
// (BGN/PCGN), Julija (GOST 7.79 A / German), Julia (informal). To compare them we bring
// every token to one Latin form and then fold away the letters on which the schemes differ.

// Cyrillic → Latin, ICAO 9303 (the Russian passport) except that ъ is dropped rather than
// written "ie": it is silent in names and the other schemes omit it or write a quote.
const CYRILLIC: Readonly<Record<string, string>> = {
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
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Ukrainian, Belarusian
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
  // Kazakh and other Cyrillic alphabets of the region
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'dzh',
  ӣ: 'i',
  ӯ: 'u',
};

// Latin letters whose diacritic carries a sound the bare letter does not (Czech/Polish/
// Baltic spellings of Slavic names); the rest simply lose their accents.
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  š: 'sh',
  ž: 'zh',
  č: 'ch',
  ć: 'ch',
  ż: 'zh',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
};

/** Lower-case Latin letters only: Cyrillic transliterated, diacritics removed, the rest dropped. */
export function toLatin(token: string): string {
  let out = '';
  for (const ch of token.normalize('NFC').toLowerCase()) {
    const mapped = CYRILLIC[ch] ?? LATIN_SPECIAL[ch];
    out += mapped ?? ch;
  }
  return out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

// Applied in order to a toLatin() token. Each line folds one difference between schemes;
// the result is not meant to be read, only compared, so it may fold a little too much.
const FOLDS: readonly (readonly [RegExp, string])[] = [
  [/tsch/g, 'ch'], // German ч
  [/shch|shh|sch/g, 'sh'], // щ: ICAO/BGN shch, GOST 7.79-B shh, informal sch; folded into ш
  [/tch/g, 'ch'], // French/English ч
  [/dzh|dj/g, 'dz'], // дж
  [/kh/g, 'h'], // х: ICAO kh, informal h
  [/x/g, 'ks'], // Alexei / Aleksei
  [/ph/g, 'f'],
  [/ou/g, 'u'], // French spellings: Ioulia, Youri, Oulianov
  [/w/g, 'v'], // German Iwanow
  [/ck|q/g, 'k'],
  [/tz/g, 'ts'],
  [/c(?=[eiy])/g, 'ts'], // ц in Latin-alphabet spellings
  [/c(?!h)/g, 'k'], // Nicolai, Victor
  [/[jy]/g, 'i'], // й, ы and the j/y of ю, я, е, ё in BGN, GOST and German spellings
  [/ie/g, 'e'], // е after vowels and at the start in BGN (Yelena, Andreyev), ICAO є
  [/io/g, 'e'], // ё written yo/io (Pyotr, Fyodor, Artyom) vs e (ICAO)
  [/([^aeiou])iu/g, '$1u'], // ю after a consonant: Lyudmila / Liudmila / Ludmila
  [/(.)\1+/g, '$1'], // doubled letters: Anna/Ana, Kirill/Kiril, Dmitrii/Dmitri, Mariia/Maria
  [/([oe])f$/, '$1v'], // Ivanoff, Smirnoff
];

/** One comparable form per name token, the same whatever script or scheme it was typed in. */
export function canonicalNameToken(token: string): string {
  let t = toLatin(token);
  for (const [pattern, replacement] of FOLDS) t = t.replace(pattern, replacement);
  return t;
}

/**
 * A coarser key for blocking (finding candidates in an index): the first letter and the
 * consonants. Alexander / Aleksandr and Iuliia / Julia land on the same skeleton.
 */
export function skeletonOf(canonical: string): string {
  if (canonical === '') return '';
  const rest = canonical.slice(1).replace(/[aeiou]/g, '');
  return (canonical[0] + rest).replace(/(.)\1+/g, '$1');
}
