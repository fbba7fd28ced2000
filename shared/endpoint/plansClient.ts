// The common monthly margin plans (GET/PUT /plans) and the directory the plan form picks offices from.
import { API_PATHS, type Directory, type MarginPlan, type PlansResponse, type SavePlanRequest } from '../sync';
import type { EndpointResult } from './endpointError';
import type { EndpointRequest } from './endpointRequest';
import { queryString } from './queryString';

export interface PlansClient {
  plans(month: string): Promise<EndpointResult<PlansResponse>>;
  savePlan(plan: SavePlanRequest): Promise<EndpointResult<MarginPlan>>;
  directory(): Promise<EndpointResult<Directory>>;
}

export function createPlansClient(endpoint: EndpointRequest): PlansClient {
  return {
    plans: (month) => endpoint.call(`${API_PATHS.plans}?${queryString({ month })}`),
    savePlan: (plan) => endpoint.call(API_PATHS.plans, { method: 'PUT', body: plan }),
    directory: () => endpoint.call(API_PATHS.directory),
  };
}
