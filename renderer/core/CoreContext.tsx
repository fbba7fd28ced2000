import { createContext, useContext } from 'react';
import type { OfficeCore } from '../../shared/office';
import type { Platform } from '../platform';
import type { SessionController } from '../sync/sessionController';

export interface AppServices {
  core: OfficeCore;
  platform: Platform;
  session: SessionController;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() is used outside <ServicesContext.Provider>.');
  return services;
}

export function useCore(): OfficeCore {
  return useServices().core;
}
