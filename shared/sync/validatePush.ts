// Checks a push body before anything is written: a push is either valid as a whole or refused
// as a whole, so a client never has to work out which half of its batch landed.
import { SYNC_COLLECTIONS, type SyncCollectionName } from './collections';
import type { ApiErrorCode, FieldProblem } from './errors';
import { documentRuleProblems } from './documentRules';
import { closeObjects, compileSchema, type CompiledSchema } from './jsonSchema';
import { SYNC_LIMITS, type PushRow } from './protocol';

export type PushCheck<C extends SyncCollectionName> =
  | { ok: true; rows: PushRow<C>[] }
  | { ok: false; status: 400 | 409 | 413; code: ApiErrorCode; message: string; fields: FieldProblem[] };

/** The only underscore field a client may send: everything else starting with "_" is the storage's or the server's. */
const TOMBSTONE = '_deleted';

const compiled = new Map<SyncCollectionName, CompiledSchema>();

function schemaFor(collection: SyncCollectionName): CompiledSchema {
  let schema = compiled.get(collection);
  if (!schema) {
    // Undeclared fields are refused at every depth: RxDB closes only the top level, and whatever
    // an office sends unchecked is stored and replicated to every other office.
    const base = SYNC_COLLECTIONS[collection].schema as unknown as Record<string, unknown>;
    const properties = { ...(base.properties as object), [TOMBSTONE]: { type: 'boolean' } };
    schema = compileSchema(
      closeObjects({ ...base, properties, required: [...(base.required as string[]), TOMBSTONE] }),
    );
    compiled.set(collection, schema);
  }
  return schema;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid<C extends SyncCollectionName>(fields: FieldProblem[]): PushCheck<C> {
  const first = fields[0];
  const summary = first ? `${first.field || 'body'} ${first.message}` : 'malformed push';
  return {
    ok: false,
    status: 400,
    code: 'validation_failed',
    message: `The push was refused and nothing was written: ${summary}${fields.length > 1 ? ` (and ${fields.length - 1} more problems)` : ''}.`,
    fields,
  };
}

function serverOwnedFields(doc: Record<string, unknown>, path: string): FieldProblem[] {
  return Object.keys(doc)
    .filter((k) => k.startsWith('_') && k !== TOMBSTONE)
    .map((k) => ({ field: `${path}.${k}`, message: 'is set by the server only' }));
}

export function checkPush<C extends SyncCollectionName>(collection: C, body: unknown): PushCheck<C> {
  if (!Array.isArray(body))
    return invalid([{ field: '', message: 'must be an array of {assumedMasterState, newDocumentState} rows' }]);
  if (body.length > SYNC_LIMITS.maxPushRows) {
    return {
      ok: false,
      status: 413,
      code: 'payload_too_large',
      message: `A push may carry at most ${SYNC_LIMITS.maxPushRows} rows; this one has ${body.length}. Split it into smaller batches.`,
      fields: [],
    };
  }
  const schema = schemaFor(collection);
  const primaryKey = SYNC_COLLECTIONS[collection].schema.primaryKey as string;
  const problems: FieldProblem[] = [];
  const owned: FieldProblem[] = [];
  const seen = new Set<string>();
  body.forEach((row: unknown, i) => {
    const at = `[${i}]`;
    if (!isPlainObject(row))
      return void problems.push({ field: at, message: 'must be an object {assumedMasterState, newDocumentState}' });
    for (const key of Object.keys(row)) {
      if (key !== 'assumedMasterState' && key !== 'newDocumentState')
        problems.push({ field: `${at}.${key}`, message: 'is not part of a push row' });
    }
    const next = row.newDocumentState;
    if (!isPlainObject(next))
      return void problems.push({ field: `${at}.newDocumentState`, message: 'must be a document object' });
    owned.push(...serverOwnedFields(next, `${at}.newDocumentState`));
    problems.push(...schema.validate(next, `${at}.newDocumentState`));
    problems.push(...documentRuleProblems(collection, next, `${at}.newDocumentState`));
    const id = next[primaryKey];
    if (typeof id === 'string') {
      if (seen.has(id))
        problems.push({
          field: `${at}.newDocumentState.${primaryKey}`,
          message: `repeats a document already in this push ("${id}")`,
        });
      seen.add(id);
    }
    const assumed = row.assumedMasterState;
    if (assumed === undefined)
      problems.push({ field: `${at}.assumedMasterState`, message: 'is required (null for a new document)' });
    else if (assumed !== null) {
      if (!isPlainObject(assumed))
        problems.push({ field: `${at}.assumedMasterState`, message: 'must be null or a document object' });
      else if (assumed[primaryKey] !== id)
        problems.push({
          field: `${at}.assumedMasterState.${primaryKey}`,
          message: 'must be the same document as newDocumentState',
        });
    }
  });
  // Reported before schema problems: a field the server owns is the clearer reason (it is also undeclared).
  if (owned.length) {
    return {
      ok: false,
      status: 409,
      code: 'server_owned_field',
      message: `The push was refused and nothing was written: ${owned[0]?.field} is set by the server only.`,
      fields: owned,
    };
  }
  if (problems.length) return invalid(problems);
  return { ok: true, rows: body as PushRow<C>[] };
}
