import { AppShell, Badge, Box, Button, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCore } from '../core/CoreContext';
import { useObservable } from '../core/useObservable';
import { useUi } from '../state/uiStore';
import { preloadScreensWhenIdle } from './lazyScreens';
import { RouteScreen } from './RouteScreen';
import { UpdatePrompt } from './UpdatePrompt';
import { SetupScreen } from '../screens/Setup/SetupScreen';
import { PlusIcon } from '../widgets/Icons/Icons';
import { NotificationPrompt } from '../widgets/NotificationPrompt/NotificationPrompt';
import { SyncIndicator } from '../widgets/SyncIndicator/SyncIndicator';
import { UserMenu } from '../widgets/UserMenu/UserMenu';

/**
 * The frame around every screen once the workstation is set up; the setup screen before that.
 * The header fits a 1280 px laptop in any language and state: navigation never shrinks, the sync
 * status is an icon, and what belongs to the user (settings, account, language) sits in their
 * menu, whose name is the one thing that truncates.
 */
export function Shell() {
  const { t } = useTranslation();
  const profile = useUi((s) => s.profile);
  const route = useUi((s) => s.route);
  const navigate = useUi((s) => s.navigate);
  useEffect(() => preloadScreensWhenIdle(), []);
  if (!profile)
    return (
      <>
        <UpdatePrompt />
        <SetupScreen />
      </>
    );

  const inBook = route.name === 'book' || route.name === 'client' || route.name === 'editClient';
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" justify="space-between" wrap="nowrap" data-testid="top-bar">
          <Group gap="md" wrap="nowrap" style={{ flex: 'none' }}>
            <UnstyledButton onClick={() => navigate({ name: 'book' })} aria-label={t('nav.clients')}>
              <Text fw={800} size="lg" c="indigo.7">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <Group gap={2} component="nav" wrap="nowrap">
              <NavButton active={inBook} onClick={() => navigate({ name: 'book' })} testId="nav-clients">
                {t('nav.clients')}
              </NavButton>
              <NavButton
                active={route.name === 'requests'}
                onClick={() => navigate({ name: 'requests' })}
                testId="nav-requests"
              >
                {t('nav.requests')}
              </NavButton>
              <CasesNavButton
                active={route.name === 'cases' || route.name === 'case'}
                onClick={() => navigate({ name: 'cases' })}
              />
              <NavButton
                active={route.name === 'reports'}
                onClick={() => navigate({ name: 'reports' })}
                testId="nav-reports"
              >
                {t('nav.reports')}
              </NavButton>
              <NavButton
                active={route.name === 'regulations'}
                onClick={() => navigate({ name: 'regulations' })}
                testId="nav-regulations"
              >
                {t('nav.regulations')}
              </NavButton>
            </Group>
            <Button
              variant={route.name === 'newClient' ? 'light' : 'filled'}
              leftSection={<PlusIcon />}
              onClick={() => navigate({ name: 'newClient' })}
              data-testid="nav-new-client"
              style={{ flex: 'none' }}
            >
              {t('nav.newClient')}
            </Button>
          </Group>
          <Group gap="sm" wrap="nowrap" justify="flex-end" miw={0} style={{ flex: '0 1 auto' }}>
            <SyncIndicator />
            <UserMenu userName={profile.userName} officeName={profile.officeName} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <UpdatePrompt />
          <NotificationPrompt />
          <RouteScreen />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function NavButton({
  active,
  onClick,
  testId,
  rightSection,
  children,
  ...data
}: {
  active: boolean;
  onClick(): void;
  testId: string;
  rightSection?: ReactNode;
  children: ReactNode;
} & Record<`data-${string}`, string | number>) {
  return (
    <Button
      variant={active ? 'light' : 'subtle'}
      px="sm"
      onClick={onClick}
      data-testid={testId}
      aria-current={active ? 'page' : undefined}
      rightSection={rightSection}
      style={{ flex: 'none' }}
      {...data}
    >
      <Box component="span" data-testid="nav-label">
        {children}
      </Box>
    </Button>
  );
}

/** "Cases" with the number of cases not opened yet; past 99 it says "99+" and keeps its width. */
function CasesNavButton({ active, onClick }: { active: boolean; onClick(): void }) {
  const { t } = useTranslation();
  const core = useCore();
  const unseen = useObservable(() => core.unseenCaseCount$, [core]);
  const count = unseen.loading ? 0 : unseen.value;
  return (
    <NavButton
      active={active}
      onClick={onClick}
      testId="nav-cases"
      data-unseen={count}
      rightSection={
        count > 0 ? (
          <Badge
            size="sm"
            circle={count < 10}
            color="orange"
            style={{ flex: 'none', overflow: 'visible' }}
            aria-label={t('nav.unseenCases', { count })}
            data-testid="nav-cases-badge"
          >
            {count > 99 ? '99+' : count}
          </Badge>
        ) : undefined
      }
    >
      {t('nav.cases')}
    </NavButton>
  );
}
