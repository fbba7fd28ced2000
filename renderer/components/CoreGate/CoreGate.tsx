import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeCore } from '../../../shared/office';
import { ServicesContext } from '../../core/CoreContext';
import { openBrowserOfficeCore } from '../../core/openCore';
import type { Platform } from '../../platform';
import { useUi } from '../../state/uiStore';
import { Shell } from '../Shell/Shell';

// Opened once per page: React's StrictMode runs effects twice, and a second open of the same
// database would close the first (closeDuplicates).
let opening: Promise<OfficeCore> | null = null;
function openOnce(): Promise<OfficeCore> {
  opening ??= openBrowserOfficeCore().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

type GateState = { status: 'opening' } | { status: 'failed' } | { status: 'ready'; core: OfficeCore };

/** Opens the office database; the app proper renders only once it is there. */
export function CoreGate({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ status: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    openOnce().then(
      (core) => {
        if (!active) return;
        useUi.getState().setProfile(core.profile());
        setState({ status: 'ready', core });
      },
      (error: unknown) => {
        console.error('Could not open the office database', error);
        if (active) setState({ status: 'failed' });
      },
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  if (state.status === 'ready') {
    return (
      <ServicesContext.Provider value={{ core: state.core, platform }}>
        <Shell />
      </ServicesContext.Provider>
    );
  }
  return (
    <Center h="100dvh" p="md">
      {state.status === 'opening' ? (
        <Stack align="center" gap="sm" data-testid="app-loading">
          <Loader />
          <Text c="dimmed">{t('app.loading')}</Text>
        </Stack>
      ) : (
        <Alert color="red" title={t('app.openFailedTitle')} maw={480}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('app.openFailedBody')}</Text>
            <Button
              variant="light"
              color="red"
              onClick={() => {
                setState({ status: 'opening' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('app.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Center>
  );
}
