/** The two sides of a case: the manager who held the client first, and the one who arrived later. */
export type Side = 'owner' | 'newcomer';

/** Whole percentages, so a split is exact and reads the same on every screen and in every payout. */
export interface Split {
  owner: number;
  newcomer: number;
}

/** A split of later orders must be bounded (a count or a date), so no obligation lasts forever by accident. */
export interface LaterOrdersSplit extends Split {
  orders?: number;
  /** Epoch ms: orders placed before this moment are split. */
  until?: number;
}

/** "N future leads from one manager to the other": the currency agencies already use to settle. */
export interface LeadsCompensation {
  from: Side;
  count: number;
}

/**
 * What two managers agree on, or what a lead decides. Structured rather than free text so an
 * agreement can be applied (ownership, splits, lead balance) without anyone interpreting it.
 */
export interface Terms {
  keeper: Side;
  firstOrderSplit: Split;
  laterOrdersSplit: LaterOrdersSplit | null;
  leadsCompensation: LeadsCompensation | null;
  /**
   * Deals already open or paid on either of the case's two clients that the first-order split
   * covers too (by dealId): the client had often already paid through one manager when the dispute
   * began. The endpoint refuses a deal that is not on one of the two clients.
   */
  disputedDeals: string[];
  note: string;
}

export const NOTE_MAX = 2000;
export const MAX_DISPUTED_DEALS = 20;
export const DEAL_ID_MAX = 64;
export const MAX_LATER_ORDERS = 1000;
export const MAX_LEADS = 1000;

export interface FieldError {
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Checks terms from any source (a form, a synced document from an older app): events are
 * immutable, so bad terms must be caught before they are written, and skipped if they arrive.
 */
export function validateTerms(input: unknown): Validated<Terms> {
  const errors: FieldError[] = [];
  const t = (isObject(input) ? input : {}) as Record<string, unknown>;
  if (!isObject(input)) errors.push({ field: 'terms', message: 'Terms are missing.' });

  const keeper = t.keeper;
  if (keeper !== 'owner' && keeper !== 'newcomer')
    errors.push({ field: 'keeper', message: 'Choose who keeps the client: the owner or the newcomer.' });

  const first = checkSplit(t.firstOrderSplit, 'firstOrderSplit', 'the first order', errors);

  let later: LaterOrdersSplit | null = null;
  if (t.laterOrdersSplit !== null && t.laterOrdersSplit !== undefined) {
    const split = checkSplit(t.laterOrdersSplit, 'laterOrdersSplit', 'later orders', errors);
    const raw = (isObject(t.laterOrdersSplit) ? t.laterOrdersSplit : {}) as Record<string, unknown>;
    const orders = raw.orders;
    const until = raw.until;
    if (orders !== undefined && !(isInt(orders) && orders >= 1 && orders <= MAX_LATER_ORDERS)) {
      errors.push({
        field: 'laterOrdersSplit.orders',
        message: `The number of later orders must be a whole number from 1 to ${MAX_LATER_ORDERS}.`,
      });
    }
    if (until !== undefined && !(isInt(until) && until > 0))
      errors.push({
        field: 'laterOrdersSplit.until',
        message: 'The end date of the later-orders split is not a valid date.',
      });
    if (orders === undefined && until === undefined) {
      errors.push({
        field: 'laterOrdersSplit',
        message: 'Say for how many later orders, or until which date, the split applies.',
      });
    }
    if (split)
      later = {
        ...split,
        ...(orders !== undefined ? { orders: orders as number } : {}),
        ...(until !== undefined ? { until: until as number } : {}),
      };
  }

  let leads: LeadsCompensation | null = null;
  if (t.leadsCompensation !== null && t.leadsCompensation !== undefined) {
    const raw = (isObject(t.leadsCompensation) ? t.leadsCompensation : {}) as Record<string, unknown>;
    if (raw.from !== 'owner' && raw.from !== 'newcomer')
      errors.push({
        field: 'leadsCompensation.from',
        message: 'Choose who hands over the leads: the owner or the newcomer.',
      });
    if (!(isInt(raw.count) && raw.count >= 0 && raw.count <= MAX_LEADS)) {
      errors.push({
        field: 'leadsCompensation.count',
        message: `The number of leads must be a whole number from 0 to ${MAX_LEADS}.`,
      });
    }
    leads = { from: raw.from as Side, count: raw.count as number };
  }

  const disputed = checkDisputedDeals(t.disputedDeals, errors);

  const note = t.note === undefined ? '' : t.note;
  if (typeof note !== 'string') errors.push({ field: 'note', message: 'The note must be text.' });
  else if (note.length > NOTE_MAX)
    errors.push({ field: 'note', message: `The note is too long: ${note.length} characters, at most ${NOTE_MAX}.` });

  if (errors.length > 0 || !first) return { ok: false, errors };
  return {
    ok: true,
    value: {
      keeper: keeper as Side,
      firstOrderSplit: first,
      laterOrdersSplit: later,
      leadsCompensation: leads,
      disputedDeals: disputed,
      note: note as string,
    },
  };
}

function checkDisputedDeals(input: unknown, errors: FieldError[]): string[] {
  if (input === undefined || input === null) return [];
  const field = 'disputedDeals';
  if (!Array.isArray(input)) {
    errors.push({ field, message: 'The disputed deals must be a list of deal ids.' });
    return [];
  }
  if (input.length > MAX_DISPUTED_DEALS)
    errors.push({ field, message: `Name at most ${MAX_DISPUTED_DEALS} disputed deals; ${input.length} are named.` });
  const ids: string[] = [];
  input.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || id.trim() === '' || id.length > DEAL_ID_MAX)
      errors.push({
        field: `${field}.${i}`,
        message: `A disputed deal is named by its id (1 to ${DEAL_ID_MAX} characters).`,
      });
    else if (ids.includes(id)) errors.push({ field: `${field}.${i}`, message: `The deal "${id}" is named twice.` });
    else ids.push(id);
  });
  return ids;
}

function checkSplit(input: unknown, field: string, what: string, errors: FieldError[]): Split | null {
  if (!isObject(input)) {
    errors.push({ field, message: `Give the split of ${what} in percent for the owner and the newcomer.` });
    return null;
  }
  const raw = input as Record<string, unknown>;
  let ok = true;
  for (const side of ['owner', 'newcomer'] as const) {
    const v = raw[side];
    if (!(isInt(v) && v >= 0 && v <= 100)) {
      errors.push({
        field: `${field}.${side}`,
        message: `The ${side}'s share of ${what} must be a whole percentage from 0 to 100.`,
      });
      ok = false;
    }
  }
  if (!ok) return null;
  const split = { owner: raw.owner as number, newcomer: raw.newcomer as number };
  if (split.owner + split.newcomer !== 100) {
    errors.push({
      field,
      message: `The split of ${what} must add up to 100%; it adds up to ${split.owner + split.newcomer}%.`,
    });
    return null;
  }
  return split;
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}
