import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndpointFailure, EndpointResult } from '../../../shared/endpoint';
import type { AdminUser, Office } from '../../../shared/sync';
import { EndpointResultView } from '../../widgets/EndpointData/EndpointResultView';
import { useEndpointResult } from '../../widgets/EndpointData/useEndpointResult';
import { AccessDialog } from './AccessDialog';
import type { AdminScreenCalls } from './adminCalls';
import { officeRows, sortedPeople } from './adminView';
import { NewPasswordNotice } from './NewPasswordNotice';
import { OfficeAccessDialog } from './OfficeAccessDialog';
import { OfficeNameDialog } from './OfficeNameDialog';
import { PasswordDialog } from './PasswordDialog';
import { PersonDialog } from './PersonDialog';
import { PlacementDialog } from './PlacementDialog';

interface Staff {
  offices: Office[];
  users: AdminUser[];
}

type Dialog =
  | { kind: 'newOffice' }
  | { kind: 'renameOffice'; office: Office }
  | { kind: 'officeAccess'; office: Office }
  | { kind: 'newPerson' }
  | { kind: 'place'; user: AdminUser }
  | { kind: 'password'; user: AdminUser }
  | { kind: 'access'; user: AdminUser };

async function loadStaff(calls: AdminScreenCalls): Promise<EndpointResult<Staff, EndpointFailure>> {
  const [directory, users] = await Promise.all([calls.directory(), calls.users()]);
  if (!directory.ok) return directory;
  if (!users.ok) return users;
  return { ok: true, value: { offices: directory.value.offices, users: users.value } };
}

/** Offices with their people counts, and the people: who they are, their role, office and status. */
export function OfficesAndPeople({ calls }: { calls: AdminScreenCalls }) {
  const { state, reload } = useEndpointResult(() => loadStaff(calls), [calls]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [password, setPassword] = useState<{ user: AdminUser; password: string } | null>(null);
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    reload();
  };

  return (
    <EndpointResultView state={state} onRetry={reload} isEmpty={() => false} empty={null}>
      {(staff) => (
        <Stack gap="md">
          {password && (
            <NewPasswordNotice
              name={password.user.name}
              username={password.user.username}
              password={password.password}
              onClose={() => setPassword(null)}
            />
          )}
          <OfficesTable
            staff={staff}
            onNew={() => setDialog({ kind: 'newOffice' })}
            onRename={(office) => setDialog({ kind: 'renameOffice', office })}
            onAccess={(office) => setDialog({ kind: 'officeAccess', office })}
          />
          <PeopleTable staff={staff} onNew={() => setDialog({ kind: 'newPerson' })} onAct={setDialog} />
          {dialog?.kind === 'newOffice' && (
            <OfficeNameDialog office={null} calls={calls} onDone={done} onClose={close} />
          )}
          {dialog?.kind === 'renameOffice' && (
            <OfficeNameDialog office={dialog.office} calls={calls} onDone={done} onClose={close} />
          )}
          {dialog?.kind === 'officeAccess' && (
            <OfficeAccessDialog office={dialog.office} calls={calls} onDone={done} onClose={close} />
          )}
          {dialog?.kind === 'newPerson' && (
            <PersonDialog
              offices={staff.offices}
              calls={calls}
              onCreated={(user, generated) => {
                setPassword(generated ? { user, password: generated } : null);
                done();
              }}
              onClose={close}
            />
          )}
          {dialog?.kind === 'place' && (
            <PlacementDialog user={dialog.user} offices={staff.offices} calls={calls} onDone={done} onClose={close} />
          )}
          {dialog?.kind === 'password' && (
            <PasswordDialog
              user={dialog.user}
              calls={calls}
              onDone={(generated) => {
                setPassword(generated ? { user: dialog.user, password: generated } : null);
                done();
              }}
              onClose={close}
            />
          )}
          {dialog?.kind === 'access' && <AccessDialog user={dialog.user} calls={calls} onDone={done} onClose={close} />}
        </Stack>
      )}
    </EndpointResultView>
  );
}

function OfficesTable({
  staff,
  onNew,
  onRename,
  onAccess,
}: {
  staff: Staff;
  onNew(): void;
  onRename(office: Office): void;
  onAccess(office: Office): void;
}) {
  const { t, i18n } = useTranslation();
  const rows = officeRows(staff.offices, staff.users);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('admin.offices.title')}</Title>
        <Button size="xs" onClick={onNew} data-testid="admin-new-office">
          {t('admin.offices.new')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.offices.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid="admin-offices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.offices.name')}</Table.Th>
              <Table.Th>{t('admin.offices.people')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ office, active, disabled }) => (
              <Table.Tr
                key={office.id}
                data-testid="office-row"
                data-name={office.name}
                data-disabled={office.disabled}
                c={office.disabled ? 'dimmed' : undefined}
              >
                <Table.Td>
                  {office.name}
                  {office.disabled && (
                    <Badge ml="xs" size="sm" color="gray" variant="light" data-testid="office-closed">
                      {t('admin.offices.closed')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td data-testid="office-people">
                  {t('admin.offices.active', { count: active, n: active.toLocaleString(i18n.language) })}
                  {disabled > 0 &&
                    ` · ${t('admin.offices.disabled', { count: disabled, n: disabled.toLocaleString(i18n.language) })}`}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => onRename(office)}
                    data-testid="office-rename"
                  >
                    {t('admin.offices.rename')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={office.disabled ? undefined : 'red'}
                    onClick={() => onAccess(office)}
                    data-testid={office.disabled ? 'office-enable' : 'office-disable'}
                  >
                    {t(office.disabled ? 'admin.offices.enable' : 'admin.offices.disable')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function PeopleTable({ staff, onNew, onAct }: { staff: Staff; onNew(): void; onAct(dialog: Dialog): void }) {
  const { t, i18n } = useTranslation();
  const officeName = new Map(staff.offices.map((o) => [o.id, o.name]));
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('admin.people.title')}</Title>
        <Button size="xs" onClick={onNew} disabled={staff.offices.length === 0} data-testid="admin-new-person">
          {t('admin.people.new')}
        </Button>
      </Group>
      <Table verticalSpacing={4} data-testid="admin-people">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.people.name')}</Table.Th>
            <Table.Th>{t('admin.people.username')}</Table.Th>
            <Table.Th>{t('admin.people.role')}</Table.Th>
            <Table.Th>{t('admin.people.office')}</Table.Th>
            <Table.Th>{t('admin.people.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortedPeople(staff.users, i18n.language).map((user) => (
            <Table.Tr
              key={user.id}
              data-testid="person-row"
              data-username={user.username}
              c={user.disabled ? 'dimmed' : undefined}
            >
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{user.username}</Table.Td>
              <Table.Td data-testid="person-role-cell">{t(`admin.role.${user.role}`)}</Table.Td>
              <Table.Td data-testid="person-office-cell">
                {user.officeId ? (officeName.get(user.officeId) ?? '') : t('admin.people.noOffice')}
              </Table.Td>
              <Table.Td data-testid="person-status">
                {user.disabled ? (
                  <Badge color="gray" variant="light">
                    {t('admin.people.disabled')}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    {t('admin.people.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('admin.people.actions', { name: user.name })}
                      data-testid="person-actions"
                    >
                      ⋯
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onAct({ kind: 'place', user })} data-testid="person-place">
                      {t('admin.people.place')}
                    </Menu.Item>
                    <Menu.Item onClick={() => onAct({ kind: 'password', user })} data-testid="person-password">
                      {t('admin.people.resetPassword')}
                    </Menu.Item>
                    {user.disabled ? (
                      <Menu.Item onClick={() => onAct({ kind: 'access', user })} data-testid="person-enable">
                        {t('admin.people.enable')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        color="red"
                        onClick={() => onAct({ kind: 'access', user })}
                        data-testid="person-disable"
                      >
                        {t('admin.people.disable')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
