import { AppShell, Badge, Button, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCore } from '../core/CoreContext';
import { useObservable } from '../core/useObservable';
import { useUi } from '../state/uiStore';
import { RouteScreen } from './RouteScreen';
import { SetupScreen } from '../screens/Setup/SetupScreen';
import { LanguageSwitch } from '../widgets/LanguageSwitch/LanguageSwitch';
import { NotificationPrompt } from '../widgets/NotificationPrompt/NotificationPrompt';
import { SyncIndicator } from '../widgets/SyncIndicator/SyncIndicator';

/** The frame around every screen once the workstation is set up; the setup screen before that. */
export function Shell() {
  const { t } = useTranslation();
  const profile = useUi((s) => s.profile);
  const route = useUi((s) => s.route);
  const navigate = useUi((s) => s.navigate);
  if (!profile) return <SetupScreen />;

  const inBook = route.name === 'book' || route.name === 'client' || route.name === 'editClient';
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <UnstyledButton onClick={() => navigate({ name: 'book' })} aria-label={t('nav.clients')}>
              <Text fw={800} size="lg" c="indigo.7">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <Group gap={4} component="nav" wrap="nowrap">
              <Button
                variant={inBook ? 'light' : 'subtle'}
                onClick={() => navigate({ name: 'book' })}
                data-testid="nav-clients"
              >
                {t('nav.clients')}
              </Button>
              <Button
                variant={route.name === 'newClient' ? 'filled' : 'subtle'}
                onClick={() => navigate({ name: 'newClient' })}
                data-testid="nav-new-client"
              >
                {t('nav.newClient')}
              </Button>
              <CasesNavButton
                active={route.name === 'cases' || route.name === 'case'}
                onClick={() => navigate({ name: 'cases' })}
              />
              <Button
                variant={route.name === 'reports' ? 'light' : 'subtle'}
                onClick={() => navigate({ name: 'reports' })}
                data-testid="nav-reports"
              >
                {t('nav.reports')}
              </Button>
              <Button
                variant={route.name === 'regulations' ? 'light' : 'subtle'}
                onClick={() => navigate({ name: 'regulations' })}
                data-testid="nav-regulations"
              >
                {t('nav.regulations')}
              </Button>
            </Group>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Text size="sm" c="dimmed" truncate maw={260} data-testid="signed-in-as">
              {t('nav.signedInAs', { user: profile.userName, office: profile.officeName })}
            </Text>
            <SyncIndicator />
            <LanguageSwitch />
            <Button
              variant={route.name === 'settings' ? 'light' : 'subtle'}
              color="gray"
              onClick={() => navigate({ name: 'settings' })}
              data-testid="nav-settings"
            >
              {t('nav.settings')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <NotificationPrompt />
          <RouteScreen />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

/** "Cases" with the number of cases not opened yet. */
function CasesNavButton({ active, onClick }: { active: boolean; onClick(): void }) {
  const { t } = useTranslation();
  const core = useCore();
  const unseen = useObservable(() => core.unseenCaseCount$, [core]);
  const count = unseen.loading ? 0 : unseen.value;
  return (
    <Button
      variant={active ? 'light' : 'subtle'}
      onClick={onClick}
      data-testid="nav-cases"
      data-unseen={count}
      rightSection={
        count > 0 ? (
          <Badge
            size="sm"
            circle={count < 10}
            color="orange"
            aria-label={t('nav.unseenCases', { count })}
            data-testid="nav-cases-badge"
          >
            {count}
          </Badge>
        ) : undefined
      }
    >
      {t('nav.cases')}
    </Button>
  );
}
