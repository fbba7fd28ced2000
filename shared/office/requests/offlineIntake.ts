// Requests taken while the endpoint cannot be reached: kept on this workstation with a preliminary
// route from the office's own base (its clients and households), sent when a session is back, and
// routed then by the endpoint, whose answer is final. The person who took it hears where it went
// when that differs from the preliminary answer or when only the endpoint could say (free desk).
import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import type { ClientDoc } from '../../db';
import { identityKeysOf } from '../../identity';
import { clientLabel } from '../../cases/clientLabel';
import type { Notification } from '../../notify/notificationRules';
import type { RouteReason } from '../../routing';
import type { IntakeAnswer, IntakeRequest } from '../../sync';
import type { OfficeContext } from '../context';
import { claimsForKey } from '../duplicateCheck';

/** What the office could tell alone: the own client's owner (or family's manager), or "the endpoint decides". */
export type PreliminaryRoute =
  | { route: 'owner' | 'household'; assigneeId: string; assigneeName: string; reason: RouteReason }
  | { route: 'freeDesk' };

export interface PendingIntake {
  request: IntakeRequest;
  takenAt: number;
  preliminary: PreliminaryRoute;
  /** Set when the endpoint refused it for good (it stays, so nothing typed is lost silently). */
  refused?: string;
}

export type IntakeAttempt = { ok: true; answer: IntakeAnswer } | { ok: false; retry: boolean; message: string };

/** The signed-in session's intake call, wired by the app (like the claims look-up). */
export interface IntakePort {
  take(request: IntakeRequest): Promise<IntakeAttempt>;
}

export interface OfflineIntake {
  readonly pending$: Observable<readonly PendingIntake[]>;
  readonly notifications$: Observable<Notification>;
  take(request: IntakeRequest): Promise<PendingIntake>;
  /** Forgets a refused request (the person read why). */
  discard(externalId: string): Promise<void>;
  use(port: IntakePort | null): void;
  /** Sends what waits; resolves when this round is done (tests, and the app after reconnecting). */
  flush(): Promise<void>;
}

const STORE = 'pendingIntakes';

async function preliminaryRoute(ctx: OfficeContext, request: IntakeRequest): Promise<PreliminaryRoute> {
  const { keys } = identityKeysOf({ phones: request.phones, emails: request.emails }, ctx.identitySettings());
  const holders = (
    await Promise.all(keys.filter((k) => k.kind !== 'domain').map((k) => claimsForKey(ctx, k.key)))
  ).flat();
  const first = holders.sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : 1))[0];
  if (!first) return { route: 'freeDesk' };
  const client = (await ctx.db.clients.findOne(first.clientId).exec())?.toJSON() as ClientDoc | undefined;
  if (client?.householdId) {
    const members = (await ctx.db.clients.find({ selector: { householdId: client.householdId } }).exec())
      .map((d) => d.toJSON() as ClientDoc)
      .filter((m) => !m.handedOver)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    const head = members[0];
    if (head && head.id !== client.id)
      return {
        route: 'household',
        assigneeId: head.ownerId,
        assigneeName: head.ownerName,
        reason: {
          code: 'household',
          client: clientLabel(head.fullName),
          owner: head.ownerName,
          office: ctx.officeNameOf(head.officeId),
        },
      };
  }
  return {
    route: 'owner',
    assigneeId: first.ownerId,
    assigneeName: first.ownerName,
    reason: {
      code: 'owner',
      client: first.clientLabel,
      owner: first.ownerName,
      office: first.officeName,
      since: first.since,
    },
  };
}

function routedNotification(pending: PendingIntake, answer: IntakeAnswer): Notification {
  const moved = pending.preliminary.route !== 'freeDesk';
  const who = pending.request.name || pending.request.phones[0] || pending.request.emails[0] || '';
  return {
    id: `request-routed:${answer.id}`,
    kind: 'requestRoutedAtSync',
    caseIds: [],
    title: 'A request taken offline was routed',
    body: `${who}: ${answer.assignee.name}. ${answer.explanation}`,
    params: {
      who,
      assignee: answer.assignee.name,
      explanation: answer.explanation,
      preliminary: pending.preliminary.route === 'freeDesk' ? '' : pending.preliminary.assigneeName,
      cause: moved ? 'moved' : 'decided',
    },
    route: `/requests/${encodeURIComponent(answer.id)}`,
  };
}

export async function openOfflineIntake(ctx: OfficeContext): Promise<OfflineIntake> {
  // RxDB hands local documents back deeply read-only; this list is only ever replaced whole.
  const stored = ((await ctx.db.getLocal<{ items: PendingIntake[] }>(STORE))?.toJSON().data.items ??
    []) as readonly PendingIntake[];
  const pending = new BehaviorSubject<readonly PendingIntake[]>(stored);
  const notifications = new Subject<Notification>();
  let port: IntakePort | null = null;
  let round: Promise<void> = Promise.resolve();
  const save = async (items: readonly PendingIntake[]) => {
    await ctx.db.upsertLocal(STORE, { items: [...items] });
    pending.next(items);
  };

  const sendAll = async () => {
    for (const item of pending.value) {
      if (!port || item.refused) continue;
      const attempt = await port.take(item.request);
      if (!attempt.ok && attempt.retry) return;
      const rest = pending.value.filter((p) => p.request.externalId !== item.request.externalId);
      if (attempt.ok) {
        await save(rest);
        const pre = item.preliminary;
        if (pre.route === 'freeDesk' || pre.assigneeId !== attempt.answer.assignee.userId)
          notifications.next(routedNotification(item, attempt.answer));
      } else await save([...rest, { ...item, refused: attempt.message }]);
    }
  };
  const flush = () =>
    (round = round
      .then(sendAll)
      .catch((error: unknown) => ctx.reportBackgroundFailure('sending requests taken offline', error)));

  return {
    pending$: pending.asObservable(),
    notifications$: notifications.asObservable(),
    async take(request) {
      const item: PendingIntake = {
        request,
        takenAt: ctx.clock.now(),
        preliminary: await preliminaryRoute(ctx, request),
      };
      await save([...pending.value.filter((p) => p.request.externalId !== request.externalId), item]);
      if (port) void flush();
      return item;
    },
    async discard(externalId) {
      await save(pending.value.filter((p) => p.request.externalId !== externalId));
    },
    use(next) {
      port = next;
      if (port) void flush();
    },
    flush,
  };
}
