import { useUi } from '../state/uiStore';
import { AdminScreen } from '../screens/Admin/AdminScreen';
import { CaseDetail } from '../screens/Cases/CaseDetail';
import { CasesInbox } from '../screens/Cases/CasesInbox';
import { ClientBook } from '../screens/ClientBook/ClientBook';
import { ClientFormScreen } from '../screens/ClientForm/ClientFormScreen';
import { ClientPage } from '../screens/ClientPage/ClientPage';
import { ImportScreen } from '../screens/Import/ImportScreen';
import { RegulationsScreen } from '../screens/Regulations/RegulationsScreen';
import { ReportsScreen } from '../screens/Reports/ReportsScreen';
import { RequestsScreen } from '../screens/Requests/RequestsScreen';
import { SettingsScreen } from '../screens/Settings/SettingsScreen';
import { SignInScreen } from '../screens/SignIn/SignInScreen';

/** The screen for the current route: the app's route table. */
export function RouteScreen() {
  const route = useUi((s) => s.route);
  const visit = useUi((s) => s.visit);
  switch (route.name) {
    case 'book':
      return <ClientBook />;
    case 'newClient':
      return <ClientFormScreen key={visit} />;
    case 'client':
      return <ClientPage key={route.id} clientId={route.id} />;
    case 'editClient':
      return <ClientFormScreen key={route.id} clientId={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'signIn':
      return <SignInScreen />;
    case 'cases':
      return <CasesInbox />;
    case 'case':
      return <CaseDetail key={route.id} caseId={route.id} />;
    case 'reports':
      return <ReportsScreen />;
    case 'regulations':
      return <RegulationsScreen />;
    case 'import':
      return <ImportScreen />;
    case 'admin':
      return <AdminScreen />;
    case 'requests':
      return <RequestsScreen requestId={route.id} />;
  }
}
