import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError, Profile } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { errorText } from '../../i18n/errorText';
import { useUi } from '../../state/uiStore';
import { COMMON_COUNTRIES, countryLabel, OTHER } from './countries';

interface Props {
  initial?: Profile | null;
  submitLabel: string;
  onSaved(profile: Profile): void;
}

/** Who works here and how their phone numbers are read; the same form for first run and settings. */
export function ProfileForm({ initial, submitLabel, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const language = useUi((s) => s.language);
  const initialCountry = initial?.defaultCountry ?? 'RU';
  const isCommon = (COMMON_COUNTRIES as readonly string[]).includes(initialCountry);
  const [userName, setUserName] = useState(initial?.userName ?? '');
  const [officeName, setOfficeName] = useState(initial?.officeName ?? '');
  const [country, setCountry] = useState<string>(isCommon ? initialCountry : OTHER);
  const [otherCode, setOtherCode] = useState(isCommon ? '' : initialCountry);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const errorFor = (field: FieldError['field']) => {
    const error = errors.find((e) => e.field === field);
    return error ? errorText(i18n, error) : undefined;
  };
  const clearError = (field: FieldError['field']) => setErrors((list) => list.filter((e) => e.field !== field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (country === OTHER && !otherCode.trim()) {
      setErrors([{ field: 'defaultCountry', code: 'required', message: 'Enter a country code.' }]);
      return;
    }
    setSaving(true);
    try {
      const result = await core.setProfile({
        userName,
        officeName,
        defaultCountry: country === OTHER ? otherCode : country,
      });
      if (result.ok) {
        setErrors([]);
        onSaved(result.value);
      } else {
        setErrors(result.errors);
      }
    } finally {
      setSaving(false);
    }
  };

  const countryOptions = [
    ...COMMON_COUNTRIES.map((code) => ({ value: code, label: countryLabel(code, language) })),
    { value: OTHER, label: t('profile.otherCountry') },
  ];

  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Stack gap="md">
        <TextInput
          label={t('profile.userName')}
          placeholder={t('profile.userNamePlaceholder')}
          description={initial?.account ? t('account.fromAccount') : t('profile.userNameHelp')}
          disabled={!!initial?.account}
          value={userName}
          onChange={(e) => {
            setUserName(e.currentTarget.value);
            clearError('userName');
          }}
          error={errorFor('userName')}
          autoFocus={!initial}
          withAsterisk
        />
        <TextInput
          label={t('profile.officeName')}
          placeholder={t('profile.officeNamePlaceholder')}
          description={initial?.account ? t('account.fromAccount') : undefined}
          disabled={!!initial?.account}
          value={officeName}
          onChange={(e) => {
            setOfficeName(e.currentTarget.value);
            clearError('officeName');
          }}
          error={errorFor('officeName')}
          withAsterisk
        />
        <Select
          label={t('profile.country')}
          description={t('profile.countryHelp')}
          data={countryOptions}
          value={country}
          onChange={(value) => {
            setCountry(value ?? 'RU');
            clearError('defaultCountry');
          }}
          allowDeselect={false}
          error={country === OTHER ? undefined : errorFor('defaultCountry')}
          data-testid="country-select"
        />
        {country === OTHER && (
          <TextInput
            label={t('profile.countryCode')}
            placeholder={t('profile.countryCodePlaceholder')}
            value={otherCode}
            maxLength={2}
            w={220}
            onChange={(e) => {
              setOtherCode(e.currentTarget.value.toUpperCase());
              clearError('defaultCountry');
            }}
            error={errorFor('defaultCountry')}
          />
        )}
        <Button type="submit" loading={saving} mt="xs" data-testid="profile-submit">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
