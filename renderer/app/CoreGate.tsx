import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServicesContext, type AppServices } from '../core/CoreContext';
import type { AppBootstrap } from './bootstrap';
import { Shell } from './Shell';

type GateState = { status: 'opening' } | { status: 'failed' } | { status: 'ready'; services: AppServices };

/** Waits for the office database; the app proper renders only once it is there. */
export function CoreGate({ bootstrap }: { bootstrap: AppBootstrap }) {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ status: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    bootstrap.start().then(
      (services) => {
        if (active) setState({ status: 'ready', services });
      },
      (error: unknown) => {
        console.error('Could not open the office database', error);
        if (active) setState({ status: 'failed' });
      },
    );
    return () => {
      active = false;
    };
  }, [attempt, bootstrap]);

  if (state.status === 'ready') {
    return (
      <ServicesContext.Provider value={state.services}>
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
