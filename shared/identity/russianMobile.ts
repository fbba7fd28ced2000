// A fast path for the commonest number in a Russian base: a mobile, +7 9XX XXX-XX-XX, typed as
// "+7…", "8…" or "7…". libphonenumber spends ~20–40 µs on each number (it builds its regular
// expressions anew per call and walks every number type twice: once to pick the country of +7,
// once to validate), which made phone parsing the largest cost of `dedupe` on 100,000 rows.
// For these shapes its answer is fixed by the metadata: +7 with a national number starting with 9
// is Russia (Russia's leading digits claim 3, 4, 8 and 9 before Kazakhstan is asked), no Russian
// fixed-line range starts with 9, so the number is valid exactly when it matches Russia's mobile
// pattern. We test that one pattern, compiled once from the same metadata; anything else (and
// any number the pattern refuses) goes to libphonenumber. russianMobile.test.ts checks the answers
// against the library over every 9XX range.
import { Metadata } from 'libphonenumber-js/max';

const RUSSIAN_MOBILE = ((): RegExp | null => {
  const metadata = new Metadata();
  metadata.selectNumberingPlan('RU');
  const pattern = metadata.numberingPlan?.type('MOBILE')?.pattern();
  return pattern ? new RegExp(`^(?:${pattern})$`) : null;
})();

// "+7" then ten digits starting with 9 is international and means the same whatever the default
// country; "8…" (the trunk prefix) and "7…" (the country code without "+") are read this way only
// with Russia as the default country.
const INTERNATIONAL = /^\+7(9\d{9})$/;
const NATIONAL = /^[78](9\d{9})$/;

/**
 * The E.164 form of `candidate` (digits, with "+" when typed international) if it is a valid
 * Russian mobile in one of the shapes above, as libphonenumber would parse it with `home` as the
 * default country; null when the library must decide.
 */
export function russianMobileE164(candidate: string, home: string | undefined): string | null {
  if (!RUSSIAN_MOBILE) return null;
  const national = (INTERNATIONAL.exec(candidate) ?? (home === 'RU' ? NATIONAL.exec(candidate) : null))?.[1];
  return national !== undefined && RUSSIAN_MOBILE.test(national) ? `+7${national}` : null;
}
