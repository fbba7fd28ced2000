/** Screens of the app. The hash holds the route so a reload, or a notification click, lands on the same screen. */
export type Route =
  | { name: 'book' }
  | { name: 'newClient' }
  | { name: 'client'; id: string }
  | { name: 'editClient'; id: string }
  | { name: 'settings' }
  | { name: 'signIn' }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'reports' }
  | { name: 'regulations' }
  | { name: 'import' }
  | { name: 'admin' }
  | { name: 'requests'; id?: string };

export function parseRoute(path: string): Route {
  const parts = path.replace(/^#/u, '').split('/').filter(Boolean).map(safeDecode);
  const [first, second, third] = parts;
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'sign-in' && parts.length === 1) return { name: 'signIn' };
  if (first === 'reports' && parts.length === 1) return { name: 'reports' };
  if (first === 'regulations' && parts.length === 1) return { name: 'regulations' };
  if (first === 'import' && parts.length === 1) return { name: 'import' };
  if (first === 'admin' && parts.length === 1) return { name: 'admin' };
  if (first === 'requests') {
    if (parts.length === 1) return { name: 'requests' };
    if (second && parts.length === 2) return { name: 'requests', id: second };
  }
  if (first === 'cases') {
    if (parts.length === 1) return { name: 'cases' };
    if (second && parts.length === 2) return { name: 'case', id: second };
  }
  if (first === 'clients') {
    if (second === 'new' && parts.length === 2) return { name: 'newClient' };
    if (second && parts.length === 2) return { name: 'client', id: second };
    if (second && third === 'edit' && parts.length === 3) return { name: 'editClient', id: second };
  }
  return { name: 'book' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'book':
      return '/';
    case 'newClient':
      return '/clients/new';
    case 'client':
      return `/clients/${encodeURIComponent(route.id)}`;
    case 'editClient':
      return `/clients/${encodeURIComponent(route.id)}/edit`;
    case 'settings':
      return '/settings';
    case 'signIn':
      return '/sign-in';
    case 'cases':
      return '/cases';
    case 'case':
      return `/cases/${encodeURIComponent(route.id)}`;
    case 'reports':
      return '/reports';
    case 'regulations':
      return '/regulations';
    case 'import':
      return '/import';
    case 'admin':
      return '/admin';
    case 'requests':
      return route.id ? `/requests/${encodeURIComponent(route.id)}` : '/requests';
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
