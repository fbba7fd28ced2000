// Incoming requests (a call, a site form, a messenger…) as the endpoint receives them: from a
// site or telephony with an office's intake key (X-Api-Key), or from a signed-in person of that
// office. Declared once here for the endpoint, the office and the admin CLI; paths in protocol.ts.
import { identityKeysOf, type IdentityKey } from '../identity';
import {
  DESK_STATUSES,
  REQUEST_CHANNELS,
  type DeskStatus,
  type RequestState,
  type RequestChannel,
  type Route,
  type RouteAssignee,
  type RoutingRules,
} from '../routing';
import { objectBody, unknownFields } from './bodyShape';
import type { FieldProblem } from './errors';
import type { Checked } from './validateAccounts';

export const INTAKE_LIMITS = {
  maxExternalId: 200,
  maxName: 200,
  maxContacts: 10,
  maxContactLength: 100,
  maxNote: 4000,
  maxKeyName: 100,
} as const;

/** POST /requests: the fixed contract other systems call. */
export interface IntakeRequest {
  /** The caller's own id of this request: a repeat with the same id is answered, not taken twice. */
  externalId: string;
  channel: RequestChannel;
  name: string;
  /** As typed or as the telephony sent them; at least one phone or e-mail in all. */
  phones: string[];
  emails: string[];
  note: string;
}

/** 201 for a new request, 200 (same body) for a repeat of its externalId. */
export interface IntakeAnswer {
  id: string;
  assignee: RouteAssignee;
  route: Route;
  explanation: string;
}

/** POST /requests/preview (a signed-in person): where the request would go now; nothing is stored. */
export type IntakePreview = Omit<IntakeAnswer, 'id'>;

/** POST /admin/intake-keys (admins): a key for one office's site or telephony. */
export interface CreateIntakeKeyRequest {
  /** The office's id or its exact name. */
  office: string;
  name: string;
}

/** The key itself is shown once, here; the endpoint keeps only its hash. */
export interface CreatedIntakeKey {
  id: string;
  officeId: string;
  name: string;
  key: string;
}

/** POST /admin/intake-keys/revoke (admins): by the key itself or by its id. */
export interface RevokeIntakeKeyRequest {
  key?: string;
  id?: string;
}

export interface RevokedIntakeKey {
  id: string;
  officeId: string;
  name: string;
  /** When it was revoked: now, or earlier when `alreadyRevoked`. */
  revokedAt: number;
  alreadyRevoked: boolean;
}

/** GET /admin/intake-keys: the keys an admin created, never their values. */
export interface IntakeKeyListing {
  id: string;
  officeId: string;
  name: string;
  createdAt: number;
  revokedAt: number | null;
}

export const INTAKE_KEY_PREFIX = 'cdk_';

/** The request's contacts as identity keys (phones, e-mails, corporate domains), validated. */
export interface CheckedIntake {
  request: IntakeRequest;
  keys: IdentityKey[];
}

const FIELDS = ['externalId', 'channel', 'name', 'phones', 'emails', 'note'] as const;

function text(
  body: Record<string, unknown>,
  field: string,
  max: number,
  problems: FieldProblem[],
  required: boolean,
): string {
  const value = body[field];
  if (value === undefined || value === null) {
    if (required) problems.push({ field, message: `${field} is required.` });
    return '';
  }
  if (typeof value !== 'string') {
    problems.push({ field, message: `${field} must be a string.` });
    return '';
  }
  const trimmed = value.trim();
  if (required && !trimmed) problems.push({ field, message: `${field} must not be empty.` });
  if (trimmed.length > max) problems.push({ field, message: `${field} can be at most ${max} characters.` });
  return trimmed;
}

function list(body: Record<string, unknown>, field: 'phones' | 'emails', problems: FieldProblem[]): string[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field, message: `${field} must be a list of strings.` });
    return [];
  }
  if (value.length > INTAKE_LIMITS.maxContacts)
    problems.push({ field, message: `${field} can hold at most ${INTAKE_LIMITS.maxContacts} entries.` });
  const out: string[] = [];
  value.slice(0, INTAKE_LIMITS.maxContacts).forEach((item, i) => {
    if (typeof item !== 'string') problems.push({ field: `${field}[${i}]`, message: 'Each entry must be a string.' });
    else if (item.length > INTAKE_LIMITS.maxContactLength)
      problems.push({ field: `${field}[${i}]`, message: `At most ${INTAKE_LIMITS.maxContactLength} characters.` });
    else if (item.trim()) out.push(item.trim());
  });
  return out;
}

/**
 * Every problem at once, each under its field; phones and e-mails must parse (a number the
 * telephony sent as "Anonymous" is refused rather than routed by a guess).
 */
export function checkIntakeRequest(body: unknown, options: { preview?: boolean } = {}): Checked<CheckedIntake> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, fields: [{ field: '', message: 'Send a JSON object: {"externalId", "channel", "phones"…}.' }] };
  const input = body as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  problems.push(...unknownFields(input, FIELDS));
  // A preview stores nothing, so it needs no id of the caller's.
  const externalId = text(input, 'externalId', INTAKE_LIMITS.maxExternalId, problems, !options.preview);
  const channel = input.channel;
  if (!(REQUEST_CHANNELS as readonly unknown[]).includes(channel))
    problems.push({ field: 'channel', message: `channel must be one of ${REQUEST_CHANNELS.join(', ')}.` });
  const name = text(input, 'name', INTAKE_LIMITS.maxName, problems, false);
  const note = text(input, 'note', INTAKE_LIMITS.maxNote, problems, false);
  const phones = list(input, 'phones', problems);
  const emails = list(input, 'emails', problems);
  const keys: IdentityKey[] = [];
  phones.forEach((phone, i) => {
    const parsed = identityKeysOf({ phones: [phone], emails: [] });
    if (parsed.problems[0]) problems.push({ field: `phones[${i}]`, message: parsed.problems[0].message });
    keys.push(...parsed.keys);
  });
  emails.forEach((email, i) => {
    const parsed = identityKeysOf({ phones: [], emails: [email] });
    if (parsed.problems[0]) problems.push({ field: `emails[${i}]`, message: parsed.problems[0].message });
    keys.push(...parsed.keys);
  });
  if (!phones.length && !emails.length)
    problems.push({ field: 'phones', message: 'Give at least one phone or e-mail: a request must reach someone.' });
  if (problems.length) return { ok: false, fields: problems };
  const unique = [...new Map(keys.map((k) => [k.key, k])).values()];
  return {
    ok: true,
    value: {
      request: { externalId, channel: channel as RequestChannel, name, phones, emails, note },
      keys: unique,
    },
  };
}

/** One request as its assignee (or a lead of an involved office) sees it in the Requests inbox. */
export interface InboxRequest extends IntakeRequest {
  id: string;
  /** The office that took the request. */
  officeId: string;
  receivedAt: number;
  assignee: RouteAssignee;
  route: Route;
  explanation: string;
  state: RequestState;
  stateReason: string;
  /** When the assignee first moved it out of "new": the time to first response starts at receivedAt. */
  firstResponseAt: number | null;
}

export interface RequestsInbox {
  requests: InboxRequest[];
}

/** POST /requests/{id}/state: "lost" needs a reason. */
export interface RequestStateChange {
  state: Exclude<RequestState, 'new'>;
  reason: string;
}

/** POST /requests/{id}/assign (a lead, an admin): a personal assignment, with the reason recorded. */
export interface RequestAssignment {
  userId: string;
  reason: string;
}

export interface DeskStatusChange {
  /** Absent: the caller themselves. */
  userId?: string;
  status: DeskStatus;
}

export interface DeskBoardEntry {
  userId: string;
  name: string;
  role: 'manager' | 'lead' | 'admin';
  status: DeskStatus;
  turnsToday: number;
}

export interface DeskBoard {
  officeId: string;
  people: DeskBoardEntry[];
}

export function checkRequestStateChange(body: unknown): Checked<RequestStateChange> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['state', 'reason']);
  const state = input.state;
  if (state !== 'inWork' && state !== 'converted' && state !== 'lost')
    problems.push({ field: 'state', message: 'state must be inWork, converted or lost.' });
  const reason = typeof input.reason === 'string' ? input.reason.trim() : input.reason === undefined ? '' : null;
  if (reason === null) problems.push({ field: 'reason', message: 'reason must be a string.' });
  else if (reason.length > INTAKE_LIMITS.maxNote)
    problems.push({ field: 'reason', message: `reason can be at most ${INTAKE_LIMITS.maxNote} characters.` });
  else if (state === 'lost' && !reason) problems.push({ field: 'reason', message: 'Say why the request was lost.' });
  return problems.length
    ? { ok: false, fields: problems }
    : { ok: true, value: { state: state as RequestStateChange['state'], reason: reason ?? '' } };
}

export function checkRequestAssignment(body: unknown): Checked<RequestAssignment> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['userId', 'reason']);
  const userId = typeof input.userId === 'string' ? input.userId.trim() : '';
  if (!userId || userId.length > 64) problems.push({ field: 'userId', message: 'Name the person (their user id).' });
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason) problems.push({ field: 'reason', message: 'Say why you assign it personally: it is recorded.' });
  else if (reason.length > 500) problems.push({ field: 'reason', message: 'reason can be at most 500 characters.' });
  return problems.length ? { ok: false, fields: problems } : { ok: true, value: { userId, reason } };
}

export function checkDeskStatusChange(body: unknown): Checked<DeskStatusChange> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['userId', 'status']);
  if (!(DESK_STATUSES as readonly unknown[]).includes(input.status))
    problems.push({ field: 'status', message: `status must be one of ${DESK_STATUSES.join(', ')}.` });
  if (input.userId !== undefined && (typeof input.userId !== 'string' || !input.userId || input.userId.length > 64))
    problems.push({ field: 'userId', message: 'userId must be a user id.' });
  return problems.length
    ? { ok: false, fields: problems }
    : {
        ok: true,
        value: {
          status: input.status as DeskStatus,
          ...(typeof input.userId === 'string' ? { userId: input.userId } : {}),
        },
      };
}

/** GET /reports/requests?from=ISO&to=ISO: requests received in the period, as the caller may see them. */
export interface RequestReport {
  from: string;
  to: string;
  total: number;
  /** Per receiving office and channel. */
  byChannel: { officeId: string; officeName: string; channel: RequestChannel; requests: number }[];
  /** How many went to an existing owner, a family, a repeat, the free desk…: the share routed to owners. */
  byRoute: { route: Route; requests: number }[];
  byState: { state: RequestState; requests: number }[];
  /** From receivedAt to the first move out of "new", over the requests answered. */
  firstResponse: { answered: number; medianMs: number | null; p90Ms: number | null };
  owedLeads: { given: number; outstanding: number };
  /** converted / (converted + lost); null before any request is closed. */
  conversion: number | null;
}

export function checkCreateIntakeKey(body: unknown): Checked<CreateIntakeKeyRequest> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['office', 'name']);
  const office = typeof input.office === 'string' ? input.office.trim() : '';
  if (!office)
    problems.push({ field: 'office', message: 'Name the office (its name or id) the key takes requests for.' });
  const name = input.name === undefined ? '' : typeof input.name === 'string' ? input.name.trim() : null;
  if (name === null) problems.push({ field: 'name', message: 'name must be a string.' });
  else if (name.length > INTAKE_LIMITS.maxKeyName)
    problems.push({ field: 'name', message: `name can be at most ${INTAKE_LIMITS.maxKeyName} characters.` });
  return problems.length ? { ok: false, fields: problems } : { ok: true, value: { office, name: name || 'intake' } };
}

export function checkRevokeIntakeKey(body: unknown): Checked<RevokeIntakeKeyRequest> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['key', 'id']);
  const key = typeof input.key === 'string' ? input.key.trim() : '';
  const id = typeof input.id === 'string' ? input.id.trim() : '';
  if (!key && !id) problems.push({ field: 'key', message: 'Give the key itself or its id.' });
  else if (key && id) problems.push({ field: 'key', message: 'Give the key itself or its id, not both.' });
  return problems.length ? { ok: false, fields: problems } : { ok: true, value: key ? { key } : { id } };
}

const OWNER_AWAY: readonly RoutingRules['ownerAway'][] = ['lead', 'colleague', 'owner'];
const COMPANY_CONTACTS: readonly RoutingRules['companyContacts'][] = ['companyManager', 'freeDesk'];

/** PUT /routing-rules: both rules, each one of its choices. */
export function checkRoutingRules(body: unknown): Checked<RoutingRules> {
  const input = objectBody(body);
  const problems = unknownFields(input, ['ownerAway', 'companyContacts']);
  if (!(OWNER_AWAY as readonly unknown[]).includes(input.ownerAway))
    problems.push({ field: 'ownerAway', message: `ownerAway must be one of ${OWNER_AWAY.join(', ')}.` });
  if (!(COMPANY_CONTACTS as readonly unknown[]).includes(input.companyContacts))
    problems.push({
      field: 'companyContacts',
      message: `companyContacts must be one of ${COMPANY_CONTACTS.join(', ')}.`,
    });
  if (problems.length) return { ok: false, fields: problems };
  return {
    ok: true,
    value: {
      ownerAway: input.ownerAway as RoutingRules['ownerAway'],
      companyContacts: input.companyContacts as RoutingRules['companyContacts'],
    },
  };
}
