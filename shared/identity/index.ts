// The identity rules: what makes two client records the same client. Phones, emails and
// corporate email domains give keys; names only ever give a hint.
export type {
  IdentityKind,
  IdentityKey,
  IdentityProblemCode,
  IdentityProblem,
  IdentitySettings,
  ParsedPhone,
  ParsedEmail,
} from './types';
export { DEFAULT_IDENTITY_SETTINGS } from './settings';
export { parsePhones } from './phone';
export { parseEmails } from './email';
export { corporateDomainOf } from './corporateDomain';
export { identityKeysOf } from './identityKeys';
export { maskPhone, maskEmail } from './mask';
export {
  nameSkeletons,
  nameSimilarity,
  NAME_HINT_THRESHOLD,
  isNameHint,
  prepareName,
  preparedSkeletons,
  isPreparedNameHint,
  type PreparedName,
} from './nameSimilarity';
export * from './keyHash';
