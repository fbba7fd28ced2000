// "Новая заявка: ваш клиент Иванов П., звонок, Турция 12–19.06": what the assignee is told when a
// request lands with them. English text plus params, like case notifications; the UI words it.
import type { RequestDoc } from '../../db/schemas/request';
import type { Notification } from '../../notify/notificationRules';

const NOTE_PREVIEW = 80;

export function requestNotification(doc: RequestDoc): Notification {
  const who = doc.name || doc.phones[0] || doc.emails[0] || '';
  const note = doc.note.length > NOTE_PREVIEW ? `${doc.note.slice(0, NOTE_PREVIEW - 1)}…` : doc.note;
  const client = 'client' in doc.reason ? doc.reason.client : '';
  return {
    id: `request:${doc.id}`,
    kind: 'requestAssigned',
    caseIds: [],
    title: 'New request',
    body: [client ? `your client ${client}` : who, doc.channel, note].filter(Boolean).join(', '),
    params: { who, client, channel: doc.channel, note, route: doc.route, cause: client ? 'client' : 'newContact' },
    route: `/requests/${encodeURIComponent(doc.id)}`,
  };
}

/** Several requests waited for the person (a first sign-in, a weekend): one line, not a flood. */
export function requestDigest(count: number, latestAt: number): Notification {
  return {
    id: `request-digest:${latestAt}`,
    kind: 'requestDigest',
    caseIds: [],
    title: `${count} new requests`,
    body: 'They are waiting in your Requests inbox.',
    params: { count },
    route: '/requests',
  };
}
