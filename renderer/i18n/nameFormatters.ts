// Names in the case a Russian sentence needs: `{{name, genitive}}` in a string declines the name
// in Russian and leaves it as written in English. Gendered verbs use i18next's context instead:
// `t(key, { context: genderContext(name) })` picks key_male or key_female, or the gender-free key.
import type { i18n } from 'i18next';
import { declinePersonName, genderOf, type GrammaticalCase } from '../format/personName';

const CASES: readonly GrammaticalCase[] = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];

export function addNameFormatters(instance: i18n): void {
  for (const grammaticalCase of CASES)
    instance.services.formatter?.add(grammaticalCase, (value: unknown, lng: string | undefined) =>
      typeof value === 'string' && lng === 'ru' ? declinePersonName(value, grammaticalCase) : String(value ?? ''),
    );
}

/** The context for a verb about this person; undefined leaves the gender-free wording. */
export function genderContext(fullName: string): 'male' | 'female' | undefined {
  const gender = genderOf(fullName);
  return gender === 'unknown' ? undefined : gender;
}
