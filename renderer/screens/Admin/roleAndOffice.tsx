import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Office, type Role } from '../../../shared/sync';

/** The role picker of the admin forms, roles in the person's language. */
export function RoleSelect({ value, onChange, testId }: { value: Role; onChange(role: Role): void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('admin.people.role')}
      data={ROLES.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
      value={value}
      onChange={(next) => next && onChange(next as Role)}
      allowDeselect={false}
      data-testid={testId}
    />
  );
}

/** The office picker; an admin may have none. A disabled office is not offered: nobody could sign in there. */
export function OfficeSelect({
  offices,
  value,
  onChange,
  error,
  testId,
}: {
  offices: readonly Office[];
  value: string | null;
  onChange(officeId: string | null): void;
  error: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('admin.people.office')}
      placeholder={t('admin.people.noOffice')}
      data={offices.filter((o) => !o.disabled || o.id === value).map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      error={error}
      data-testid={testId}
    />
  );
}
