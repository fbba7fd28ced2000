// The options every command reading a client base takes: the country numbers without a code are
// read in, and columns mapped by hand (--map "Колонка=phone").
import { isSupportedCountry } from 'libphonenumber-js/max';
import { COLUMN_ROLES, isColumnRole, type ColumnOverride } from '../../../shared/clientBase';
import { DEFAULT_IDENTITY_SETTINGS, type IdentitySettings } from '../../../shared/identity';

/** "Колонка=phone" → an override, or a message saying what is wrong with it. */
export function parseMappings(mappings: readonly string[]): ColumnOverride[] | string {
  const out: ColumnOverride[] = [];
  for (const mapping of mappings) {
    const at = mapping.lastIndexOf('=');
    const column = at > 0 ? mapping.slice(0, at).trim() : '';
    const role = at > 0 ? mapping.slice(at + 1).trim() : '';
    if (column === '' || !isColumnRole(role)) {
      return `--map "${mapping}": expected "Column=role" with a role among ${COLUMN_ROLES.join(', ')}.`;
    }
    out.push({ column, role });
  }
  return out;
}

export function settingsFor(country: string): IdentitySettings {
  return {
    defaultCountry: country,
    neighbourCountries: DEFAULT_IDENTITY_SETTINGS.neighbourCountries.filter((c) => c !== country),
  };
}

/** Why `country` (upper-cased; `given` as typed) cannot be used; null when it can. */
export function countryProblem(country: string, given: string | undefined): string | null {
  return isSupportedCountry(country)
    ? null
    : `unknown country "${given ?? ''}". Use a two-letter ISO 3166 code such as RU, KZ, BY, DE.`;
}
