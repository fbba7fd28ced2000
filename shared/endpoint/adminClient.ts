// What an admin manages through the endpoint: offices, people (role, office, password, disabling),
// the look-up budget and who looked up how much, the endpoint's health. The app's admin screen and the CLI both call these.
import {
  API_PATHS,
  type AdminUser,
  type CreateOfficeRequest,
  type CreateUserRequest,
  type Directory,
  type EndpointHealth,
  type LookupBudget,
  type LookupUsageResponse,
  type Office,
  type UserPlacementRequest,
} from '../sync';
import type { EndpointResult } from './endpointError';
import type { EndpointRequest } from './endpointRequest';

export interface AccountsAdmin {
  /** Offices and who works where (for every signed-in person; the admin's people list adds usernames). */
  directory(): Promise<EndpointResult<Directory>>;
  users(): Promise<EndpointResult<AdminUser[]>>;
  createOffice(request: CreateOfficeRequest): Promise<EndpointResult<Office>>;
  renameOffice(officeId: string, name: string): Promise<EndpointResult<Office>>;
  /** Its people are signed out and refused until it is enabled; leaving no active admin is refused (409). */
  disableOffice(officeId: string): Promise<EndpointResult<Office>>;
  /** Its people sign in again with the passwords they had. */
  enableOffice(officeId: string): Promise<EndpointResult<Office>>;
  createUser(request: CreateUserRequest): Promise<EndpointResult<AdminUser>>;
  /** Also signs the user out everywhere. */
  resetPassword(userId: string, password: string): Promise<EndpointResult<AdminUser>>;
  /** Also signs the user out everywhere; the last active admin is refused (409). */
  disableUser(userId: string): Promise<EndpointResult<AdminUser>>;
  /** A disabled person signs in again, with the password they had. */
  enableUser(userId: string): Promise<EndpointResult<AdminUser>>;
  /** Role and office together; the user's sessions end; demoting the last active admin is refused (409). */
  placeUser(userId: string, placement: UserPlacementRequest): Promise<EndpointResult<AdminUser>>;
  lookupBudget(): Promise<EndpointResult<LookupBudget>>;
  setLookupBudget(budget: LookupBudget): Promise<EndpointResult<LookupBudget>>;
  /** Who looked up how much in the last day (and the budget it is counted against). */
  lookupUsage(): Promise<EndpointResult<LookupUsageResponse>>;
  /** The endpoint's database and uptime, and each person's open sessions and latest push. */
  health(): Promise<EndpointResult<EndpointHealth>>;
}

export function createAccountsAdmin(endpoint: EndpointRequest): AccountsAdmin {
  const post = <T>(path: string, body: unknown) => endpoint.call<T>(path, { method: 'POST', body });
  const put = <T>(path: string, body: unknown) => endpoint.call<T>(path, { method: 'PUT', body });
  return {
    directory: () => endpoint.call(API_PATHS.directory),
    users: () => endpoint.call(API_PATHS.adminUsers),
    createOffice: (request) => post(API_PATHS.adminOffices, request),
    renameOffice: (officeId, name) => put(API_PATHS.adminOffice(officeId), { name }),
    disableOffice: (officeId) => post(API_PATHS.adminOfficeDisable(officeId), {}),
    enableOffice: (officeId) => post(API_PATHS.adminOfficeEnable(officeId), {}),
    createUser: (request) => post(API_PATHS.adminUsers, request),
    resetPassword: (userId, password) => post(API_PATHS.adminUserPassword(userId), { password }),
    disableUser: (userId) => post(API_PATHS.adminUserDisable(userId), {}),
    enableUser: (userId) => post(API_PATHS.adminUserEnable(userId), {}),
    placeUser: (userId, placement) => put(API_PATHS.adminUserPlacement(userId), placement),
    lookupBudget: () => endpoint.call(API_PATHS.adminLookupBudget),
    setLookupBudget: (budget) => put(API_PATHS.adminLookupBudget, budget),
    lookupUsage: () => endpoint.call(API_PATHS.adminLookups),
    health: () => endpoint.call(API_PATHS.adminHealth),
  };
}
