import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from './routes';

describe('routes', () => {
  const all: Route[] = [{ name: 'book' }, { name: 'newClient' }, { name: 'client', id: 'a b/c' }, { name: 'editClient', id: 'x' }, { name: 'settings' }, { name: 'signIn' }];

  it('round-trips every screen', () => {
    for (const route of all) expect(parseRoute(`#${routePath(route)}`)).toEqual(route);
  });

  it('opens the client book for anything it does not know', () => {
    expect(parseRoute('')).toEqual({ name: 'book' });
    expect(parseRoute('#/cases/123')).toEqual({ name: 'book' });
    expect(parseRoute('#/clients/1/edit/more')).toEqual({ name: 'book' });
    expect(parseRoute('#/clients/%E0%A4%A')).toEqual({ name: 'client', id: '%E0%A4%A' });
  });
});
