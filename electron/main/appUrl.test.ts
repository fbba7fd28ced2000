import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher, resolveRendererEntry } from './appUrl';

describe('resolveRendererEntry', () => {
  const indexHtml = '/opt/claimdesk/out/renderer/index.html';

  it('uses the electron-vite dev server in development', () => {
    expect(resolveRendererEntry({ devUrl: 'http://localhost:5173', isPackaged: false, indexHtml })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
    });
  });

  it('uses the built index.html when there is no dev server', () => {
    expect(resolveRendererEntry({ devUrl: undefined, isPackaged: false, indexHtml })).toEqual({
      kind: 'file',
      path: indexHtml,
      url: 'file:///opt/claimdesk/out/renderer/index.html',
    });
  });

  it('a packaged app ignores ELECTRON_RENDERER_URL', () => {
    expect(resolveRendererEntry({ devUrl: 'http://localhost:5173', isPackaged: true, indexHtml }).kind).toBe('file');
  });

  it.each(['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/x.html', 'nonsense'])(
    'refuses a dev URL that is not a loopback server: %s',
    (devUrl) => {
      expect(() => resolveRendererEntry({ devUrl, isPackaged: false, indexHtml })).toThrow(/ELECTRON_RENDERER_URL/);
    },
  );
});

describe('createAppUrlMatcher', () => {
  it('dev server: same origin only', () => {
    const is = createAppUrlMatcher('http://localhost:5173/');
    expect(is('http://localhost:5173/cases/1')).toBe(true);
    expect(is('http://localhost:5174/')).toBe(false);
    expect(is('https://localhost:5173/')).toBe(false);
    expect(is('http://localhost.evil.example:5173/')).toBe(false);
    expect(is('not a url')).toBe(false);
  });

  it('file: exactly the built index.html, with any hash or query', () => {
    const is = createAppUrlMatcher('file:///opt/claim%20desk/out/renderer/index.html');
    expect(is('file:///opt/claim%20desk/out/renderer/index.html#/cases/1')).toBe(true);
    expect(is('file:///opt/claim desk/out/renderer/index.html?x=1')).toBe(true);
    expect(is('file:///opt/claim%20desk/out/renderer/assets/evil.html')).toBe(false);
    expect(is('file:///etc/passwd')).toBe(false);
    expect(is('https://opt/claim%20desk/out/renderer/index.html')).toBe(false);
  });
});
