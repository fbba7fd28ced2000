import type { AccountsAdmin } from '../../../shared/endpoint';
import type { ScreenCalls } from '../../widgets/EndpointData/useSessionCalls';

/** The admin calls as the screen makes them (bound to whoever is signed in; failures grouped). */
export type AdminScreenCalls = ScreenCalls<AccountsAdmin>;
