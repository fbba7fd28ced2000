import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createRendererSender } from './ipc';
import { createNotifier } from './notifier';
import type { NotificationLike } from './notifier';

/** A stand-in for Electron's Notification that records what the OS would display. */
function fakeNotificationClass(supported = true) {
  const displayed: FakeNotification[] = [];
  class FakeNotification extends EventEmitter implements NotificationLike {
    static isSupported() {
      return supported;
    }
    constructor(readonly options: { title: string; body: string; icon?: string }) {
      super();
    }
    show() {
      displayed.push(this);
    }
    click() {
      this.emit('click');
    }
  }
  return { FakeNotification, displayed };
}

function setup(opts: { supported?: boolean; rememberIds?: number } = {}) {
  const { FakeNotification, displayed } = fakeNotificationClass(opts.supported);
  const log: string[] = [];
  const window = { visible: false, focused: false };
  const renderer = {
    isDestroyed: () => false,
    send: (channel: string, ...args: unknown[]) => log.push(`${channel} ${args.join(' ')}`),
  };
  const notifier = createNotifier({
    Notification: FakeNotification,
    focusWindow: () => {
      window.visible = true;
      window.focused = true;
      log.push('focus');
    },
    sendToRenderer: createRendererSender(() => renderer),
    icon: '/app/resources/icon.png',
    ...(opts.rememberIds ? { rememberIds: opts.rememberIds } : {}),
  });
  return { notifier, displayed, log, window };
}

describe('notifier', () => {
  it('shows the title and body it was given', () => {
    const { notifier, displayed } = setup();
    expect(notifier.show({ title: 'Новый дубликат вашего клиента', body: 'Иванов Пётр — Офис 2' })).toEqual({
      outcome: 'shown',
    });
    expect(displayed.map((n) => n.options)).toEqual([
      { title: 'Новый дубликат вашего клиента', body: 'Иванов Пётр — Офис 2', icon: '/app/resources/icon.png' },
    ]);
  });

  it('a click brings the window forward, then tells the renderer the route', () => {
    const { notifier, displayed, log, window } = setup();
    notifier.show({ id: 'case-1', title: 'Duplicate', body: 'x', route: '/cases/case-1' });
    expect(log).toEqual([]);
    displayed[0]!.click();
    expect(window).toEqual({ visible: true, focused: true });
    expect(log).toEqual(['focus', 'navigate /cases/case-1']);
  });

  it('a click on a notification without a route only focuses', () => {
    const { notifier, displayed, log } = setup();
    notifier.show({ title: 'Sync finished', body: '' });
    displayed[0]!.click();
    expect(log).toEqual(['focus']);
  });

  it('each notification navigates to its own route', () => {
    const { notifier, displayed, log } = setup();
    notifier.show({ id: 'a', title: 'A', body: '', route: '/cases/a' });
    notifier.show({ id: 'b', title: 'B', body: '', route: '/cases/b' });
    displayed[0]!.click();
    expect(log).toEqual(['focus', 'navigate /cases/a']);
  });

  it('the same id is not shown twice', () => {
    const { notifier, displayed } = setup();
    expect(notifier.show({ id: 'case-7', title: 'first', body: '' })).toEqual({ outcome: 'shown' });
    expect(notifier.show({ id: 'case-7', title: 'again', body: '' })).toEqual({ outcome: 'alreadyShown' });
    expect(notifier.show({ id: 'case-8', title: 'other', body: '' })).toEqual({ outcome: 'shown' });
    expect(notifier.show({ title: 'no id', body: '' })).toEqual({ outcome: 'shown' });
    expect(notifier.show({ title: 'no id', body: '' })).toEqual({ outcome: 'shown' });
    expect(displayed.map((n) => n.options.title)).toEqual(['first', 'other', 'no id', 'no id']);
  });

  it('forgets the oldest ids beyond its memory, not the recent ones', () => {
    const { notifier, displayed } = setup({ rememberIds: 2 });
    for (const id of ['a', 'b', 'c']) notifier.show({ id, title: id, body: '' });
    expect(notifier.show({ id: 'c', title: 'c again', body: '' }).outcome).toBe('alreadyShown');
    expect(notifier.show({ id: 'a', title: 'a again', body: '' }).outcome).toBe('shown');
    expect(displayed.map((n) => n.options.title)).toEqual(['a', 'b', 'c', 'a again']);
  });

  it('reports refused where the OS has no notifications, and does not burn the id', () => {
    const { notifier, displayed } = setup({ supported: false });
    expect(notifier.show({ id: 'x', title: 't', body: '' })).toEqual({ outcome: 'refused' });
    expect(displayed).toEqual([]);
  });
});
