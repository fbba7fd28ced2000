// The replication protocol between an office (RxDB replication) and the sync endpoint.
// Shapes follow RxDB's replication protocol so the client's pull/push handlers are thin.
import type { SyncCollectionDocs, SyncCollectionName } from './collections';

/** A document as replicated: the collection's fields plus the tombstone flag. */
export type SyncDocument<C extends SyncCollectionName = SyncCollectionName> = SyncCollectionDocs[C] & {
  _deleted: boolean;
};

/**
 * Position in the server's commit order. `seq` is assigned under a lock that is held until
 * commit, so every row with a lower seq is visible before any row with a higher one.
 */
export interface SyncCheckpoint {
  seq: number;
}

export interface PullResponse<C extends SyncCollectionName = SyncCollectionName> {
  documents: SyncDocument<C>[];
  /** The checkpoint to send with the next pull; the request's own checkpoint when nothing is new. */
  checkpoint: SyncCheckpoint | null;
}

export interface PushRow<C extends SyncCollectionName = SyncCollectionName> {
  /** What the office believes the server holds (null: a new document). */
  assumedMasterState: SyncDocument<C> | null;
  newDocumentState: SyncDocument<C>;
}

/** The current server state of every row whose assumedMasterState was stale; these rows were not written. */
export type PushResponse<C extends SyncCollectionName = SyncCollectionName> = SyncDocument<C>[];

/**
 * One Server-Sent Event on the live stream, as its `data:` line parsed with JSON.parse:
 * either new changes or 'RESYNC' (the client must pull from its own checkpoint, because
 * it may have missed something: a fresh connection, a lagging stream or a lost feed).
 * Both can be handed to RxDB's `pull.stream$` as they are.
 */
export type StreamMessage<C extends SyncCollectionName = SyncCollectionName> = PullResponse<C> | 'RESYNC';

export const SYNC_LIMITS = {
  /** Rows per push. Bigger batches are refused with 413 so a client splits them. */
  maxPushRows: 1000,
  /**
   * Rows per push an office's workstation sends: a push this full says more is waiting (an offline
   * backlog), which the endpoint takes into account when it dates what it receives.
   */
  officePushBatch: 100,
  /** Bytes per request body (413 beyond). */
  maxBodyBytes: 5 * 1024 * 1024,
  defaultPullLimit: 200,
  maxPullLimit: 1000,
} as const;

export const API_PREFIX = '/api/v1';

export const API_PATHS = {
  health: `${API_PREFIX}/health`,
  login: `${API_PREFIX}/auth/login`,
  logout: `${API_PREFIX}/auth/logout`,
  /** POST (any signed-in user): ChangePasswordRequest → 204; the user's other sessions end. */
  changePassword: `${API_PREFIX}/auth/password`,
  directory: `${API_PREFIX}/directory`,
  adminOffices: `${API_PREFIX}/admin/offices`,
  /** GET (admins): EndpointHealth. */
  adminHealth: `${API_PREFIX}/admin/health`,
  adminUsers: `${API_PREFIX}/admin/users`,
  /** PUT (admins): RenameOfficeRequest → Office. */
  adminOffice: (officeId: string): string => `${API_PREFIX}/admin/offices/${encodeURIComponent(officeId)}`,
  /** POST (admins): → Office; the office's people are signed out and refused until it is enabled. */
  adminOfficeDisable: (officeId: string): string =>
    `${API_PREFIX}/admin/offices/${encodeURIComponent(officeId)}/disable`,
  /** POST (admins): → Office; its people sign in again with the passwords they had. */
  adminOfficeEnable: (officeId: string): string => `${API_PREFIX}/admin/offices/${encodeURIComponent(officeId)}/enable`,
  /** PUT (admins): UserPlacementRequest → AdminUser; the account's sessions end. */
  adminUserPlacement: (userId: string): string => `${API_PREFIX}/admin/users/${encodeURIComponent(userId)}/placement`,
  /** GET (admin): the whole database as of one moment, as JSON lines (a Claimdesk backup). */
  adminBackup: `${API_PREFIX}/admin/backup`,
  adminUserPassword: (userId: string): string => `${API_PREFIX}/admin/users/${encodeURIComponent(userId)}/password`,
  adminUserDisable: (userId: string): string => `${API_PREFIX}/admin/users/${encodeURIComponent(userId)}/disable`,
  adminUserEnable: (userId: string): string => `${API_PREFIX}/admin/users/${encodeURIComponent(userId)}/enable`,
  /** GET (any signed-in user): RegulationsResponse. PUT (lead, admin): RegulationsUpdate → RegulationsResponse. */
  regulations: `${API_PREFIX}/regulations`,
  /** GET (a party, a lead of an involved office, an admin): CaseEvidence. */
  caseEvidence: (caseId: string): string => `${API_PREFIX}/cases/${encodeURIComponent(caseId)}/evidence`,
  /** POST (the manager of a side, no body): NotesShared — the other side reads that side's notes from then on. */
  caseNotesShare: (caseId: string): string => `${API_PREFIX}/cases/${encodeURIComponent(caseId)}/share-notes`,
  /** GET ?from=ISO&to=ISO&by=manager|office[&format=csv][&delimiter=;] (leads: their office's managers; admins: all; managers: themselves): PayoutReportResponse or CSV. */
  payoutReport: `${API_PREFIX}/reports/payouts`,
  /** GET ?month=YYYY-MM (signed in): PlansResponse. PUT (leads for their office's plans, admins): SavePlanRequest → MarginPlan. */
  plans: `${API_PREFIX}/plans`,
  /** GET ?from=ISO&to=ISO (managers: their own; leads: their office's; admins: all): RequestReport. */
  requestReport: `${API_PREFIX}/reports/requests`,
  /** GET ?from=ISO&to=ISO (leads, admins): CaseStatsResponse. */
  caseReport: `${API_PREFIX}/reports/cases`,
  /** POST (any signed-in user, budgeted): ClaimsLookupRequest → ClaimsLookupResponse. */
  claimsLookup: `${API_PREFIX}/claims/lookup`,
  /** GET, PUT (admins): LookupBudget. */
  adminLookupBudget: `${API_PREFIX}/admin/lookup-budget`,
  /** GET ?since=ISO|epoch ms (admins): LookupUsageResponse. */
  adminLookups: `${API_PREFIX}/admin/lookups`,
  /** POST (admins): ImportCheckRequest → ImportCheckResponse; recorded in the look-up log. */
  adminImportCheck: `${API_PREFIX}/admin/import-check`,
  /** POST (admins): KeySecretRotation. */
  adminRotateKeySecret: `${API_PREFIX}/admin/rotate-key-secret`,
  /**
   * POST IntakeRequest with X-Api-Key (an office's intake key) or a bearer token (a person of the
   * office) → 201/200 IntakeAnswer. GET (signed in): RequestsInbox, the person's requests.
   */
  requests: `${API_PREFIX}/requests`,
  /** POST (signed in, spends the look-up budget): IntakeRequest without externalId → IntakePreview; stores nothing. */
  requestPreview: `${API_PREFIX}/requests/preview`,
  /** POST (the assignee, their lead, an admin): RequestStateChange → InboxRequest. */
  requestState: (requestId: string): string => `${API_PREFIX}/requests/${encodeURIComponent(requestId)}/state`,
  /** POST (a lead of the request's office, an admin): PersonalAssignment → InboxRequest. */
  requestAssign: (requestId: string): string => `${API_PREFIX}/requests/${encodeURIComponent(requestId)}/assign`,
  /** GET (signed in): DeskBoard of the person's office. PUT DeskStatusChange (self; a lead for the office; an admin). */
  desk: `${API_PREFIX}/desk`,
  /** GET (signed in), PUT (leads, admins): RoutingRules — owner away, company contacts. */
  routingRules: `${API_PREFIX}/routing-rules`,
  /** POST (admins): CreateIntakeKeyRequest → 201 CreatedIntakeKey. GET: the keys, never the keys' values. */
  adminIntakeKeys: `${API_PREFIX}/admin/intake-keys`,
  /** POST (admins): RevokeIntakeKeyRequest → RevokedIntakeKey. */
  adminIntakeKeysRevoke: `${API_PREFIX}/admin/intake-keys/revoke`,
  pull: (collection: SyncCollectionName, checkpoint: SyncCheckpoint | null, limit: number): string =>
    `${API_PREFIX}/sync/${collection}/pull?${checkpoint ? `checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}&` : ''}limit=${limit}`,
  push: (collection: SyncCollectionName): string => `${API_PREFIX}/sync/${collection}/push`,
  stream: (collection: SyncCollectionName): string => `${API_PREFIX}/sync/${collection}/stream`,
} as const;
