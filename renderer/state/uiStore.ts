import { create } from 'zustand';
import type { ClientDraft, Profile } from '../../shared/office';
import type { Language } from '../i18n/languages';
import { parseRoute, routePath, type Route } from './routes';

interface UiState {
  route: Route;
  /** Counts navigations, so "New client" clicked on the new-client screen starts a fresh form. */
  visit: number;
  language: Language;
  /** Mirrors core.profile(), which is not reactive: set once at start and after every setProfile. */
  profile: Profile | null;
  /** What the new-client form starts with when it was opened from a request; null: an empty form. */
  newClientDraft: ClientDraft | null;
  navigate(route: Route): void;
  /** Opens the new-client form filled in (a request's name and contacts). */
  startNewClient(draft: ClientDraft): void;
  setLanguage(language: Language): void;
  setProfile(profile: Profile | null): void;
}

/**
 * UI state only; client data is read reactively from the database. The route lives in the
 * hash: navigate() writes it, and the hashchange listener (startHashSync) reads it back, so
 * browser back/forward and reloads agree with the store.
 */
export const useUi = create<UiState>()((set) => ({
  route: parseRoute(window.location.hash),
  visit: 0,
  language: 'en',
  profile: null,
  newClientDraft: null,
  navigate: (route) => {
    const hash = `#${routePath(route)}`;
    if (window.location.hash !== hash) window.location.hash = hash;
    set((s) => ({ route, visit: s.visit + 1, newClientDraft: null }));
  },
  startNewClient: (draft) => {
    useUi.getState().navigate({ name: 'newClient' });
    set({ newClientDraft: draft });
  },
  setLanguage: (language) => set({ language }),
  setProfile: (profile) => set({ profile }),
}));

export function startHashSync(): () => void {
  const onHashChange = () => {
    const route = parseRoute(window.location.hash);
    // navigate() has already applied its own hash change; only back/forward and links are new here.
    if (routePath(route) !== routePath(useUi.getState().route)) useUi.setState((s) => ({ route, visit: s.visit + 1 }));
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
