import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from './routes';

describe('routes', () => {
  const all: Route[] = [
    { name: 'book' },
    { name: 'newClient' },
    { name: 'client', id: 'a b/c' },
    { name: 'editClient', id: 'x' },
    { name: 'settings' },
    { name: 'signIn' },
    { name: 'cases' },
    { name: 'case', id: 'case:a:b' },
    { name: 'reports' },
    { name: 'regulations' },
    { name: 'import' },
    { name: 'admin' },
  ];

  it('round-trips every screen', () => {
    for (const route of all) expect(parseRoute(`#${routePath(route)}`)).toEqual(route);
  });

  it('reads the routes notifications carry', () => {
    expect(parseRoute('#/cases')).toEqual({ name: 'cases' });
    expect(parseRoute(`#/cases/${encodeURIComponent('case:a:b')}`)).toEqual({ name: 'case', id: 'case:a:b' });
  });

  it('reads the reports and the regulations', () => {
    expect(parseRoute('#/reports')).toEqual({ name: 'reports' });
    expect(parseRoute('#/regulations')).toEqual({ name: 'regulations' });
    expect(routePath({ name: 'reports' })).toBe('/reports');
    expect(routePath({ name: 'regulations' })).toBe('/regulations');
  });

  it('opens the client book for anything it does not know', () => {
    expect(parseRoute('#/reports/2026-11')).toEqual({ name: 'book' });
    expect(parseRoute('#/regulations/edit')).toEqual({ name: 'book' });
    expect(parseRoute('')).toEqual({ name: 'book' });
    expect(parseRoute('#/cases/1/more')).toEqual({ name: 'book' });
    expect(parseRoute('#/clients/1/edit/more')).toEqual({ name: 'book' });
    expect(parseRoute('#/clients/%E0%A4%A')).toEqual({ name: 'client', id: '%E0%A4%A' });
  });
});
