import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher } from './appUrl';
import { ALLOWED_PERMISSIONS, isSafeExternalUrl, restrictPermissions, secureWindow } from './security';
import type { SessionLike, WebContentsLike } from './security';

/** Emulates how Electron asks before a navigation or a window.open: the page goes ahead unless the app says no. */
class FakeWebContents extends EventEmitter implements WebContentsLike {
  url = 'file:///opt/claimdesk/out/renderer/index.html';
  windows: string[] = [];
  webviews = 0;
  private openHandler: ((d: { url: string }) => { action: 'deny' } | { action: 'allow' }) | undefined;
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' } | { action: 'allow' }) {
    this.openHandler = handler;
  }
  navigate(url: string) {
    let prevented = false;
    this.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    if (!prevented) this.url = url;
  }
  windowOpen(url: string) {
    const decision = this.openHandler ? this.openHandler({ url }) : { action: 'allow' };
    if (decision.action === 'allow') this.windows.push(url);
  }
  attachWebview() {
    let prevented = false;
    this.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    if (!prevented) this.webviews++;
  }
}

function setup() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  const isAppUrl = createAppUrlMatcher('file:///opt/claimdesk/out/renderer/index.html');
  secureWindow(contents, isAppUrl, (url) => {
    opened.push(url);
  });
  return { contents, opened };
}

describe('secureWindow', () => {
  it('blocks navigation away from the app', () => {
    const { contents } = setup();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'file:///opt/claimdesk/out/renderer/other.html',
      'data:text/html,hi',
      'javascript:alert(1)',
    ]) {
      contents.navigate(url);
    }
    expect(contents.url).toBe('file:///opt/claimdesk/out/renderer/index.html');
  });

  it('lets the app reload its own page', () => {
    const { contents } = setup();
    contents.navigate('file:///opt/claimdesk/out/renderer/index.html#/cases/1');
    expect(contents.url).toBe('file:///opt/claimdesk/out/renderer/index.html#/cases/1');
  });

  it('opens a blocked http(s) link in the browser, and nothing else', () => {
    const { contents, opened } = setup();
    contents.navigate('https://example.com/company');
    contents.navigate('file:///etc/passwd');
    contents.navigate('smb://fileserver/share');
    contents.navigate('https://user:pass@example.com/');
    expect(opened).toEqual(['https://example.com/company']);
  });

  it('denies every window.open, handing safe links to the browser', () => {
    const { contents, opened } = setup();
    contents.windowOpen('https://example.com/');
    contents.windowOpen('file:///opt/claimdesk/out/renderer/index.html');
    contents.windowOpen('ms-msdt:/id PCWDiagnostic');
    expect(contents.windows).toEqual([]);
    expect(opened).toEqual(['https://example.com/']);
  });

  it('refuses webviews', () => {
    const { contents } = setup();
    contents.attachWebview();
    expect(contents.webviews).toBe(0);
  });

  it('blocks redirects to foreign pages', () => {
    const { contents } = setup();
    let prevented = false;
    contents.emit('will-redirect', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.com/a?b=c', true],
    ['http://example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['ms-settings:', false],
    ['https://user@example.com', false],
    ['not a url', false],
    [`https://example.com/${'a'.repeat(3000)}`, false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});

describe('restrictPermissions', () => {
  it('grants only the allowed permissions', () => {
    let request: Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined;
    restrictPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    const answers: Record<string, boolean> = {};
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-sanitized-write']) {
      request!(null, permission, (granted) => (answers[permission] = granted));
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      openExternal: false,
      'clipboard-sanitized-write': true,
    });
    expect(check!(null, 'camera')).toBe(false);
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
  });
});
