// The office's view of incoming requests: the endpoint's `requests` documents for this office,
// pulled once and then followed on the live stream (no local database collection: the endpoint
// decides where a request goes, the workstation shows it and tells the assignee at once).
import { BehaviorSubject, Subject, defer, retry, timer, type Observable, type Subscription } from 'rxjs';
import type { RequestDoc } from '../../db/schemas/request';
import type { Notification } from '../../notify/notificationRules';
import type { SyncCheckpoint } from '../../sync';
import type { SyncTransport } from '../../sync/transport';
import type { BackgroundFailureReporter } from '../ports';
import { requestDigest, requestNotification } from './requestNotification';

const PAGE = 200;
/** Far more than a person works through; bounds the memory of a lead's or an admin's inbox. */
export const REQUESTS_KEPT = 2_000;
const MAX_RETRY_MS = 60_000;

export interface RequestViewer {
  userId: string;
  role: 'manager' | 'lead' | 'admin';
  officeId: string;
}

/** Whose requests a person works with: their own; a lead also their office's; an admin all. */
export function isMine(doc: RequestDoc, viewer: RequestViewer): boolean {
  if (viewer.role === 'admin' || doc.assignee.userId === viewer.userId) return true;
  return viewer.role === 'lead' && (doc.officeId === viewer.officeId || doc.assignee.officeId === viewer.officeId);
}

/** Where the inbox remembers the newest request it told this workstation about (survives restarts). */
export interface AnnouncedMark {
  load(): Promise<number>;
  save(receivedAt: number): Promise<void>;
}

/** More waiting requests than this at start (a first sign-in, a long weekend) become one summary. */
export const REQUEST_DIGEST_THRESHOLD = 3;

export interface RequestInbox {
  /** Every request this workstation has seen, newest first (filter with isMine for a person's inbox). */
  readonly requests$: Observable<readonly RequestDoc[]>;
  /**
   * New requests for the viewer: those arriving while following, and at the first load those still
   * new that arrived since the last one announced here (the app was closed overnight).
   */
  readonly notifications$: Observable<Notification>;
  /** Pulls what is new and follows the stream until the returned function is called. */
  follow(transport: SyncTransport, viewer: () => RequestViewer | null, baseRetryMs?: number): () => void;
}

export function createRequestInbox(report: BackgroundFailureReporter, mark?: AnnouncedMark): RequestInbox {
  const known = new Map<string, RequestDoc>();
  const requests = new BehaviorSubject<readonly RequestDoc[]>([]);
  const notifications = new Subject<Notification>();
  let checkpoint: SyncCheckpoint | null = null;
  let announcedUpTo: Promise<number> | null = null;
  const remember = (receivedAt: number) => {
    announcedUpTo = (announcedUpTo ?? Promise.resolve(0)).then(async (before) => {
      const next = Math.max(before, receivedAt);
      if (next <= before) return before;
      try {
        await mark?.save(next);
        return next;
      } catch (error) {
        // Not remembered: at worst the request is announced once more at the next start.
        report('remembering announced requests', error);
        return before;
      }
    });
  };
  /** At the first load: what waits for the viewer since the last announcement, one by one or summed up. */
  const announceWaiting = async (viewer: RequestViewer | null) => {
    if (!viewer || !mark) return;
    const since = await (announcedUpTo ??= mark.load());
    const waiting = [...known.values()].filter(
      (d) => d.assignee.userId === viewer.userId && d.state === 'new' && d.receivedAt > since,
    );
    if (!waiting.length) return;
    const latest = Math.max(...waiting.map((d) => d.receivedAt));
    if (waiting.length > REQUEST_DIGEST_THRESHOLD) notifications.next(requestDigest(waiting.length, latest));
    else waiting.sort((a, b) => a.receivedAt - b.receivedAt).forEach((d) => notifications.next(requestNotification(d)));
    remember(latest);
  };
  /** The newest requests kept on screen; older ones stay at the endpoint (reports, an admin's whole history). */
  const publish = () => {
    const newest = [...known.values()].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1));
    for (const old of newest.slice(REQUESTS_KEPT)) known.delete(old.id);
    requests.next(newest.slice(0, REQUESTS_KEPT));
  };

  /** Applies documents; announces those new to this workstation when `announce` (not the first load). */
  const apply = (docs: readonly RequestDoc[], viewer: RequestViewer | null, announce: boolean) => {
    for (const doc of docs) {
      const before = known.get(doc.id);
      if (before && before.updatedAt > doc.updatedAt) continue;
      known.set(doc.id, doc);
      const newlyMine = viewer && doc.assignee.userId === viewer.userId && before?.assignee.userId !== viewer.userId;
      if (announce && newlyMine && doc.state === 'new') {
        notifications.next(requestNotification(doc));
        remember(doc.receivedAt);
      }
    }
    if (docs.length) publish();
  };

  return {
    requests$: requests.asObservable(),
    notifications$: notifications.asObservable(),
    follow(transport, viewer, baseRetryMs = 1_000) {
      let stopped = false;
      let loaded = checkpoint !== null;
      // One queue for pulls and live documents, so they apply in order; a failure is reported and
      // the queue goes on (the stream reconnects and says RESYNC, which pulls again).
      let queue: Promise<void> = Promise.resolve();
      const enqueue = (task: string, work: () => Promise<void> | void) => {
        queue = queue.then(work).catch((error: unknown) => report(task, error));
      };
      const pullNew = async () => {
        for (;;) {
          if (stopped) return;
          const page = await transport.pull('requests', checkpoint, PAGE);
          apply(page.documents as RequestDoc[], viewer(), loaded);
          if (page.checkpoint) checkpoint = page.checkpoint;
          if (page.documents.length < PAGE) break;
        }
        if (!loaded) await announceWaiting(viewer());
        loaded = true;
      };
      const subscription: Subscription = defer(() => transport.stream('requests'))
        .pipe(retry({ delay: (_error, count) => timer(Math.min(MAX_RETRY_MS, baseRetryMs * 2 ** Math.min(count, 6))) }))
        .subscribe((message) => {
          if (message === 'RESYNC') enqueue('pulling requests', pullNew);
          else
            enqueue('applying live requests', () => {
              apply(message.documents as RequestDoc[], viewer(), loaded);
              checkpoint = message.checkpoint;
            });
        });
      return () => {
        stopped = true;
        subscription.unsubscribe();
      };
    },
  };
}
