import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../state/uiStore';
import { ClientBook } from '../screens/ClientBook/ClientBook';
import { SignInScreen } from '../screens/SignIn/SignInScreen';
import {
  AdminScreen,
  CaseDetail,
  CasesInbox,
  ClientFormScreen,
  ClientPage,
  ImportScreen,
  RegulationsScreen,
  ReportsScreen,
  RequestsScreen,
  SettingsScreen,
} from './lazyScreens';

/** The screen for the current route: the app's route table. */
export function RouteScreen() {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Routed />
    </Suspense>
  );
}

function Routed() {
  const route = useUi((s) => s.route);
  const visit = useUi((s) => s.visit);
  switch (route.name) {
    case 'book':
      return <ClientBook />;
    case 'newClient':
      return <ClientFormScreen.Screen key={visit} />;
    case 'client':
      return <ClientPage.Screen key={route.id} clientId={route.id} />;
    case 'editClient':
      return <ClientFormScreen.Screen key={route.id} clientId={route.id} />;
    case 'settings':
      return <SettingsScreen.Screen />;
    case 'signIn':
      return <SignInScreen />;
    case 'cases':
      return <CasesInbox.Screen />;
    case 'case':
      return <CaseDetail.Screen key={route.id} caseId={route.id} />;
    case 'reports':
      return <ReportsScreen.Screen />;
    case 'regulations':
      return <RegulationsScreen.Screen />;
    case 'import':
      return <ImportScreen.Screen />;
    case 'admin':
      return <AdminScreen.Screen />;
    case 'requests':
      return <RequestsScreen.Screen requestId={route.id} />;
  }
}

/** Only on a screen's first visit before its code was preloaded (a link straight to it). */
function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" data-testid="screen-loading">
      <Loader aria-label={t('app.screenLoading')} />
    </Center>
  );
}
