// A fast path for the commonest numbers in a Russian base: +7 with a ten-digit national number,
// typed as "+7…" or "8…", and a mobile (9XX) also as "7…". libphonenumber spends ~20–40 µs on
// each number (it builds its regular expressions anew per call and walks the number types twice:
// once to pick the country of +7, once to validate), which made phone parsing the largest cost of
// `dedupe` on 100,000 rows. For these shapes its answer is fixed by the metadata: Russia's leading
// digits claim national numbers starting with 3, 4, 8 or 9 before Kazakhstan is asked, and such
// a number is valid exactly when it fits Russia's national pattern and one of its number types.
// We test those patterns, compiled once from the same metadata; anything else (and any number
// they refuse) goes to libphonenumber. russianNumber.test.ts checks the answers against the
// library over every block of four leading digits.
import { Metadata, type NumberType } from 'libphonenumber-js/max';

const TYPES: NumberType[] = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];
const NATIONAL_LENGTH = 10;

/** What we read of a numbering plan: there at run time, though the library's types do not declare it. */
interface PlanPatterns {
  nationalNumberPattern?(): string;
  type?(type: NumberType): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** Russia's national pattern and the patterns of its number types of ten digits; null if the metadata lacks them. */
const RUSSIA = ((): { national: RegExp; types: RegExp[] } | null => {
  const metadata = new Metadata();
  metadata.selectNumberingPlan('RU');
  const plan = metadata.numberingPlan as PlanPatterns | undefined;
  // Should a new version of the library read its metadata otherwise, every number goes to it.
  if (typeof plan?.nationalNumberPattern !== 'function' || typeof plan.type !== 'function') return null;
  const national = plan.nationalNumberPattern();
  if (!national) return null;
  const types: RegExp[] = [];
  for (const type of TYPES) {
    const pattern = plan.type(type)?.pattern();
    const lengths = plan.type(type)?.possibleLengths();
    if (pattern && (!lengths || lengths.includes(NATIONAL_LENGTH))) types.push(new RegExp(`^(?:${pattern})$`));
  }
  return { national: new RegExp(`^(?:${national})$`), types };
})();

// "+7…" is international and means the same whatever the default country; "8…" (the trunk
// prefix) and "7…" (the country code without "+") are read this way only with Russia as home,
// and "7…" only before a mobile: before 8 it would meet the trunk prefix again.
const INTERNATIONAL = /^\+7([3489]\d{9})$/;
const TRUNK = /^8([3489]\d{9})$/;
const CODE_WITHOUT_PLUS = /^7(9\d{9})$/;

/**
 * The E.164 form of `candidate` (digits, with "+" when typed international) when it is a valid
 * Russian number of one of the shapes above, as libphonenumber would parse it with `home` as the
 * default country; null when the library must decide.
 */
export function russianNumberE164(candidate: string, home: string | undefined): string | null {
  if (!RUSSIA) return null;
  const shaped =
    INTERNATIONAL.exec(candidate) ??
    (home === 'RU' ? (TRUNK.exec(candidate) ?? CODE_WITHOUT_PLUS.exec(candidate)) : null);
  const national = shaped?.[1];
  if (national === undefined || !RUSSIA.national.test(national)) return null;
  return RUSSIA.types.some((type) => type.test(national)) ? `+7${national}` : null;
}
