// After the core styles (imported in main.tsx before this module): the charts build on them.
import '@mantine/charts/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { CoreGate } from './CoreGate';
import type { AppBootstrap } from './bootstrap';
import { theme } from './theme';

/** The providers every screen relies on: words, theme, toasts, then the office's services. */
export function App({ i18n, bootstrap }: { i18n: i18n; bootstrap: AppBootstrap }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="bottom-right" limit={3} />
        <CoreGate bootstrap={bootstrap} />
      </MantineProvider>
    </I18nextProvider>
  );
}
