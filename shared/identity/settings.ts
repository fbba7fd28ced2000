import type { IdentitySettings } from './types';

// Neighbours are the countries whose clients a Russian agency sees most and whose numbers
// arrive typed in their own national format ("8 029 …" from Minsk, "050 …" from Kyiv).
// KZ shares +7 and an RU parse already recognises it; it stays listed for agencies whose
// default is not RU. The other CIS countries (AM, AZ, GE, KG, MD, TJ, UZ) are left out on
// purpose: their "0…" national numbers overlap Ukraine's, so "050 123 4567" would become
// ambiguous (reported, no key) instead of resolving to Ukraine. An agency may add them.
export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = Object.freeze({
  defaultCountry: 'RU',
  neighbourCountries: Object.freeze(['BY', 'KZ', 'UA']),
});
