import { Avatar, Box, Group, Menu, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';
import { useSync } from '../../sync/sessionController';
import { ChevronDownIcon, SettingsIcon } from '../Icons/Icons';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';
import { initials } from './initials';

/**
 * Who is working here, and what concerns only them: settings, the agency account, the language.
 * The name truncates (the full one on hover) so a long name never pushes the header off-screen.
 */
export function UserMenu({ userName, officeName }: { userName: string; officeName: string }) {
  const { t } = useTranslation();
  const route = useUi((s) => s.route);
  const navigate = useUi((s) => s.navigate);
  const alone = useSync((s) => s.connection.kind === 'alone');
  const isAdmin = useUi((s) => s.profile?.role === 'admin');
  const label = t('nav.signedInAs', { user: userName, office: officeName });

  return (
    <Menu position="bottom-end" width={280} shadow="md" withArrow>
      <Menu.Target>
        <Tooltip label={label} withArrow position="bottom-end" openDelay={300} multiline maw={320}>
          <UnstyledButton
            data-testid="user-menu"
            aria-label={t('nav.userMenu')}
            miw={0}
            px={6}
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-md)', flex: '0 1 auto' }}
          >
            <Group gap={8} wrap="nowrap" miw={0}>
              <Avatar size={30} radius="xl" color="indigo" variant="light">
                {initials(userName)}
              </Avatar>
              <Text size="sm" truncate="end" maw={300} miw={0} data-testid="signed-in-as">
                {label}
              </Text>
              <Box c="dimmed" style={{ display: 'flex', flex: 'none' }}>
                <ChevronDownIcon />
              </Box>
            </Group>
          </UnstyledButton>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown data-testid="user-menu-dropdown">
        <Stack gap={0} px="sm" py={6}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="user-menu-name">
            {userName}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {officeName}
          </Text>
        </Stack>
        <Menu.Divider />
        <Menu.Item
          leftSection={<SettingsIcon />}
          onClick={() => navigate({ name: 'settings' })}
          data-testid="nav-settings"
          data-active={route.name === 'settings' || undefined}
        >
          {t('nav.settings')}
        </Menu.Item>
        <Menu.Item
          onClick={() => navigate({ name: alone ? 'signIn' : 'settings' })}
          data-testid={alone ? 'menu-sign-in' : 'menu-account'}
        >
          {alone ? t('nav.signInToAgency') : t('nav.agencyAccount')}
        </Menu.Item>
        {isAdmin && (
          <Menu.Item
            onClick={() => navigate({ name: 'import' })}
            data-testid="nav-import"
            data-active={route.name === 'import' || undefined}
          >
            {t('nav.import')}
          </Menu.Item>
        )}
        {isAdmin && (
          <Menu.Item
            onClick={() => navigate({ name: 'admin' })}
            data-testid="nav-admin"
            data-active={route.name === 'admin' || undefined}
          >
            {t('nav.admin')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Label>{t('nav.language')}</Menu.Label>
        <Box px="sm" pb="xs">
          <LanguageSwitch fullWidth />
        </Box>
      </Menu.Dropdown>
    </Menu>
  );
}
