import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerAppServiceWorker } from './appUpdate';
import { createAppBootstrap } from './bootstrap';
import { pickLanguage, storedLanguage } from '../i18n/languages';
import { setupI18n } from '../i18n/setupI18n';
import { detectPlatform } from '../platform';
import { startHashSync, useUi } from '../state/uiStore';

async function start(): Promise<void> {
  const platform = detectPlatform();
  // The shell may be slow or broken; a language is needed either way, and the page's will do.
  const osLocale = await platform.locale().catch(() => navigator.language);
  const language = pickLanguage(storedLanguage(), osLocale);
  useUi.setState({ language });
  const i18n = await setupI18n(language);
  startHashSync();
  platform.onNavigate((route) => {
    window.location.hash = `#${route}`;
  });
  if (platform.kind === 'web') registerAppServiceWorker();
  const bootstrap = createAppBootstrap(platform, i18n);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} bootstrap={bootstrap} />
    </StrictMode>,
  );
}

void start();
