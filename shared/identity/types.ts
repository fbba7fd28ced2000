// The shapes other layers code against. Kept free of logic so that importing a type
// never drags in libphonenumber metadata or the public-suffix list.

export type IdentityKind = 'phone' | 'email' | 'domain';

export interface IdentityKey {
  kind: IdentityKind;
  /** 'phone:+79161234567' | 'email:petrivanov@gmail.com' | 'domain:romashka-tour.ru' (domain in punycode). */
  key: string;
  /** Masked, safe to show agency-wide: '+7 916 ***-**-67', 'p***@gmail.com', 'romashka-tour.ru'. */
  display: string;
}

export type IdentityProblemCode =
  | 'phone.invalid'
  | 'phone.tooShort'
  | 'phone.tooLong'
  | 'phone.notANumber'
  /** Invalid at home, valid in two or more neighbour countries: guessing could produce a wrong key. */
  | 'phone.ambiguous'
  | 'email.invalid'
  | 'email.missingAt'
  /** Well-formed, but the top-level domain does not exist (usually a typo such as '.con'). */
  | 'email.unknownTld';

export interface IdentityProblem {
  field: 'phone' | 'email';
  /** The piece as typed (one number or address out of a field that may hold several). */
  value: string;
  code: IdentityProblemCode;
  /** A clear English sentence for a person. */
  message: string;
}

export interface IdentitySettings {
  /** ISO 3166 alpha-2, e.g. 'RU'. */
  defaultCountry: string;
  /** Tried, in no particular order, when a nationally typed number is invalid in defaultCountry. */
  neighbourCountries: readonly string[];
}

export interface ParsedPhone {
  e164: string;
  extension?: string;
  raw: string;
  country?: string;
}

export interface ParsedEmail {
  raw: string;
  /** Trimmed, lower-cased. */
  address: string;
  /** Provider-aware alias-folded mailbox, domain in punycode. */
  canonical: string;
  /** Registrable domain in punycode; null for free-mail. */
  corporateDomain: string | null;
}
