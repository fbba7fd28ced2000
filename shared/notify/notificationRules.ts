import type { DetectedCase, DetectionPoint } from '../cases/detectedCase';
import type { Terms } from '../workflow/terms';

/** Steps of resolving a case (see caseStepNotifications.ts); the UI translates each kind with its params. */
export type CaseStepNotificationKind =
  | 'caseProposed'
  | 'caseCountered'
  | 'caseAgreed'
  | 'caseDecided'
  | 'caseRuled'
  | 'caseEscalated'
  | 'caseUpdates'
  | 'caseWaiting';

/**
 * How the news in a digest reached the person: `away` while the app was closed or the endpoint
 * out of reach (a catch-up), `live` while they were working. Only the first says "while you were away".
 */
export type Arrival = 'away' | 'live';

/** A case as the notifier sees it: who is involved, where it was found, who caused it. */
export interface CaseNotice extends DetectedCase {
  detectedAt: number;
  detectedWhere: DetectionPoint;
  /** The user whose action (a save, a push) revealed the duplicate. */
  causedBy: string;
  status?: 'open' | 'superseded';
}

export interface Viewer {
  userId: string;
  officeId: string;
  role: 'manager' | 'lead' | 'admin';
}

export interface NotificationSettings {
  /** "New duplicate of my client" — on by default. */
  duplicateOfMyClient: boolean;
  /** Leads: cases involving their office. */
  officeCases: boolean;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { duplicateOfMyClient: true, officeCases: true };

export interface Notification {
  /** Stable per case (or 'digest:…'), so a workstation never shows one twice. */
  id: string;
  kind:
    | 'ownerDuplicate'
    | 'companyContact'
    | 'newcomerFoundAtSync'
    | 'officeCase'
    | 'digest'
    | 'requestAssigned'
    | 'requestRoutedAtSync'
    | 'requestDigest'
    | CaseStepNotificationKind;
  caseIds: string[];
  /** English text; the UI translates by kind with params. */
  title: string;
  body: string;
  params: Record<string, string | number>;
  /** The terms a step put on the table or into force: the UI words them whole (who keeps, splits, leads, note). */
  terms?: Terms;
  route: string;
}

/** More new cases than this in one batch (a new office's first sync) become one summary. */
export const DIGEST_THRESHOLD = 3;

/**
 * Who hears about which case: the owner of the existing client; the manager who entered the
 * duplicate only if they could not have seen the warning (it was found at sync); leads for
 * their office unless they caused it. Never twice for one case, and a flood becomes a digest.
 */
export function notificationsFor(
  cases: readonly CaseNotice[],
  viewer: Viewer,
  settings: NotificationSettings,
  alreadyShown: ReadonlySet<string>,
  arrival: Arrival = 'live',
): Notification[] {
  const single: Notification[] = [];
  for (const c of cases) {
    // A case replaced by a company notice is old news: the notice is what is announced.
    if (alreadyShown.has(c.id) || c.status === 'superseded') continue;
    const n = noticeFor(c, viewer, settings);
    if (n) single.push(n);
  }
  if (single.length <= DIGEST_THRESHOLD) return single;
  const caseIds = single.flatMap((n) => n.caseIds);
  return [
    {
      id: `digest:${caseIds[0]}:${caseIds.length}`,
      kind: 'digest',
      caseIds,
      params: {
        count: caseIds.length,
        context: arrival,
        // What the digest stands for, so its words can say it: duplicates of clients, new contacts at their companies.
        duplicates: single.filter((n) => n.kind !== 'companyContact').length,
        companyContacts: single.filter((n) => n.kind === 'companyContact').length,
      },
      title: `${caseIds.length} new duplicate clients`,
      body: `${arrival === 'away' ? 'While you were away, clients' : 'Clients'} you or your office work with were also entered elsewhere in the agency. Open the cases inbox to see who owns them.`,
      route: '/cases',
    },
  ];
}

function noticeFor(c: CaseNotice, viewer: Viewer, settings: NotificationSettings): Notification | null {
  if (c.kind === 'company') return companyNoticeFor(c, viewer, settings);
  const own = c.causedBy === viewer.userId;
  const matched = c.matched.map((m) => m.display).join(', ');
  const params = {
    clientLabel: c.owner.clientLabel,
    matched,
    ownerName: c.owner.managerName,
    ownerOffice: c.owner.officeName,
    newcomerName: c.newcomer.managerName,
    newcomerOffice: c.newcomer.officeName,
  };
  const base = { id: c.id, caseIds: [c.id], params, route: `/cases/${encodeURIComponent(c.id)}` };
  if (c.owner.managerId === viewer.userId) {
    // The owner's own push can be what revealed a duplicate (two offices reconnecting): still news to them.
    if (!settings.duplicateOfMyClient) return null;
    return {
      ...base,
      kind: 'ownerDuplicate',
      title: 'New duplicate of your client',
      body: `${c.owner.clientLabel} (${matched}) was added by ${c.newcomer.managerName}, ${c.newcomer.officeName}.`,
    };
  }
  if (c.newcomer.managerId === viewer.userId) {
    // Whoever saw the warning while typing needs no second word; at sync they could not have seen it.
    if (c.detectedWhere === 'beforeSave') return null;
    return {
      ...base,
      kind: 'newcomerFoundAtSync',
      title: 'Your new client already has an owner',
      body: `${c.newcomer.clientLabel} (${matched}) is ${c.owner.managerName}'s client (${c.owner.officeName}).`,
    };
  }
  const involvesMyOffice = c.owner.officeId === viewer.officeId || c.newcomer.officeId === viewer.officeId;
  if ((viewer.role === 'lead' || viewer.role === 'admin') && involvesMyOffice && settings.officeCases && !own) {
    return {
      ...base,
      kind: 'officeCase',
      title: 'Duplicate client in your office',
      body: `${c.owner.clientLabel} (${matched}): ${c.owner.managerName}, ${c.owner.officeName} — and ${c.newcomer.managerName}, ${c.newcomer.officeName}.`,
    };
  }
  return null;
}

/**
 * A new contact at a company: news for the managers who work with the company (it falls under
 * "new duplicate of my client"), named by the company. The one who added the contact saw it while
 * typing or will see it in the inbox; leads are not told of every colleague added at a company.
 */
function companyNoticeFor(c: CaseNotice, viewer: Viewer, settings: NotificationSettings): Notification | null {
  const company = c.company;
  if (!company || !settings.duplicateOfMyClient) return null;
  const mine = company.managers.find((m) => m.managerId === viewer.userId);
  if (!mine || c.newcomer.managerId === viewer.userId) return null;
  return {
    id: c.id,
    caseIds: [c.id],
    kind: 'companyContact',
    params: {
      domain: company.domain,
      count: mine.clients,
      clientLabel: c.newcomer.clientLabel,
      newcomerName: c.newcomer.managerName,
      newcomerOffice: c.newcomer.officeName,
    },
    route: `/cases/${encodeURIComponent(c.id)}`,
    title: `New contact at your client's company: ${company.domain}`,
    body: `${c.newcomer.managerName}, ${c.newcomer.officeName}, added ${c.newcomer.clientLabel} at ${company.domain}, where you have ${mine.clients} ${mine.clients === 1 ? 'client' : 'clients'}. Nobody's client moves.`,
  };
}
