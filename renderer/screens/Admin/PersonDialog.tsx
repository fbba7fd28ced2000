import { Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from './DialogFooter';
import { PASSWORD_MIN_LENGTH, type AdminUser, type Office, type Role } from '../../../shared/sync';
import type { AdminScreenCalls } from './adminCalls';
import { failureText, fieldProblems } from './adminFailure';
import { generatedPassword, personProblems, type FieldKey } from './adminView';
import { PasswordChoice, type PasswordMode } from './PasswordChoice';
import { OfficeSelect, RoleSelect } from './roleAndOffice';

/** A new person; a generated password is handed back to be shown once. */
export function PersonDialog({
  offices,
  calls,
  onCreated,
  onClose,
}: {
  offices: readonly Office[];
  calls: AdminScreenCalls;
  onCreated(user: AdminUser, generated: string | null): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('manager');
  const [officeId, setOfficeId] = useState<string | null>(offices.length === 1 ? (offices[0]?.id ?? null) : null);
  const [mode, setMode] = useState<PasswordMode>('generated');
  const [typed, setTyped] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<Record<string, FieldKey>>({});
  const [generated] = useState(() => generatedPassword((bytes) => crypto.getRandomValues(bytes)));
  const password = mode === 'generated' ? generated : typed;
  const problems: Record<string, FieldKey | undefined> = {
    ...refused,
    ...personProblems({ name, username, role, officeId, password }),
  };
  const problem = (field: string) =>
    shown && problems[field] ? t(`admin.problem.${problems[field]}`, { min: PASSWORD_MIN_LENGTH }) : null;

  const save = async () => {
    setShown(true);
    setRefused({});
    if (Object.keys(personProblems({ name, username, role, officeId, password })).length) return;
    setBusy(true);
    const result = await calls.createUser({
      name: name.trim(),
      username: username.trim(),
      role,
      officeId,
      password,
    });
    setBusy(false);
    if (result.ok) return onCreated(result.value, mode === 'generated' ? password : null);
    setRefused(fieldProblems(result.failure));
    setFailure(failureText(t, result.failure, t('admin.people.usernameTaken', { username: username.trim() })));
  };

  return (
    <Modal opened onClose={onClose} title={t('admin.people.newTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('admin.people.name')}
            placeholder={t('admin.people.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem('name')}
            data-autofocus
            data-testid="person-name"
          />
          <TextInput
            label={t('admin.people.username')}
            description={t('admin.people.usernameHelp')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={problem('username')}
            autoComplete="off"
            data-testid="person-username"
          />
          <Group grow align="flex-start">
            <RoleSelect value={role} onChange={setRole} testId="person-role" />
            <OfficeSelect
              offices={offices}
              value={officeId}
              onChange={setOfficeId}
              error={problem('officeId')}
              testId="person-office"
            />
          </Group>
          <PasswordChoice mode={mode} onMode={setMode} typed={typed} onTyped={setTyped} error={problem('password')} />
          <DialogFooter
            failure={failure}
            onCancel={onClose}
            label={t('admin.people.create')}
            testId="person-save"
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
