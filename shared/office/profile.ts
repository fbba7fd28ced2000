import { DEFAULT_IDENTITY_SETTINGS, type IdentitySettings } from '../identity';
import { isValidCountry } from './country';
import { fail, ok, type FieldError, type Result } from './result';

/** Who works at this workstation. Until accounts arrive with sync, the office names itself. */
export interface Profile {
  userId: string;
  userName: string;
  officeId: string;
  officeName: string;
  defaultCountry: string;
  /** Set once the workstation signed in to an endpoint: `userId@endpoint`. */
  account?: string;
  /** The account's role once signed in; a workstation working alone is its manager's. */
  role?: 'manager' | 'lead' | 'admin';
}

export interface ProfileInput {
  userName: string;
  officeName: string;
  defaultCountry?: string;
}

const MAX_NAME = 200;

export function validateProfileInput(input: ProfileInput): Result<Required<ProfileInput>> {
  const errors: FieldError[] = [];
  const userName = (input.userName ?? '').trim();
  const officeName = (input.officeName ?? '').trim();
  const defaultCountry = (input.defaultCountry ?? DEFAULT_IDENTITY_SETTINGS.defaultCountry).trim().toUpperCase();
  if (!userName) errors.push({ field: 'userName', code: 'required', message: 'Enter your name.' });
  else if (userName.length > MAX_NAME)
    errors.push({ field: 'userName', code: 'tooLong', message: `A name can be at most ${MAX_NAME} characters.` });
  if (!officeName) errors.push({ field: 'officeName', code: 'required', message: 'Enter the name of your office.' });
  else if (officeName.length > MAX_NAME)
    errors.push({
      field: 'officeName',
      code: 'tooLong',
      message: `An office name can be at most ${MAX_NAME} characters.`,
    });
  if (!isValidCountry(defaultCountry)) {
    errors.push({
      field: 'defaultCountry',
      code: 'invalidCountry',
      message: `“${input.defaultCountry}” is not a country code phone numbers can be read for (for example RU, KZ, BY).`,
      value: input.defaultCountry,
    });
  }
  return errors.length ? fail(...errors) : ok({ userName, officeName, defaultCountry });
}

export function identitySettingsFor(profile: Pick<Profile, 'defaultCountry'>): IdentitySettings {
  return {
    defaultCountry: profile.defaultCountry,
    neighbourCountries: DEFAULT_IDENTITY_SETTINGS.neighbourCountries.filter((c) => c !== profile.defaultCountry),
  };
}
