// The two trips an import makes to the endpoint, for the CLI and the app alike: the agency check
// in chunks, then the clients in batches that each commit whole. The calls are injected, so this
// knows nothing of HTTP; progress is reported after every chunk and batch, and a stop request is
// honoured between batches, so nothing is ever half-written.
import { IMPORT_CHECK_LIMITS, SYNC_LIMITS, type ImportCheckResult, type PushRow, type SyncDocument } from '../sync';
import type { ImportDecision } from './importDecisions';

/** Clients per push: well within the endpoint's limit, small enough that a stop loses little. */
export const IMPORT_BATCH = Math.min(500, SYNC_LIMITS.maxPushRows);

export async function checkAgainstAgency(
  keys: readonly string[],
  check: (keys: string[]) => Promise<ImportCheckResult[]>,
  progress: (done: number, total: number) => void,
): Promise<ImportCheckResult[]> {
  const results: ImportCheckResult[] = [];
  for (let start = 0; start < keys.length; start += IMPORT_CHECK_LIMITS.maxKeys) {
    const chunk = keys.slice(start, start + IMPORT_CHECK_LIMITS.maxKeys);
    results.push(...(await check(chunk)));
    progress(Math.min(keys.length, start + chunk.length), keys.length);
  }
  return results;
}

export interface ImportWriteOutcome {
  written: number;
  /** Clients an earlier or concurrent run had written already (the endpoint answered them as conflicts). */
  alreadyThere: number;
  stopped: boolean;
}

/**
 * Pushes the clients the decisions write. `push` answers the conflicts (documents the endpoint
 * already holds) or throws; a throw leaves every earlier batch written, and a re-run skips them.
 */
export async function writeImport(
  decisions: readonly ImportDecision[],
  push: (rows: PushRow<'clients'>[]) => Promise<SyncDocument<'clients'>[]>,
  progress: (done: number, total: number) => void,
  stopRequested: () => boolean,
): Promise<ImportWriteOutcome> {
  const docs = decisions.flatMap((d) => (d.write && d.group.doc ? [d.group.doc] : []));
  let written = 0;
  let alreadyThere = 0;
  for (let start = 0; start < docs.length; start += IMPORT_BATCH) {
    if (stopRequested()) return { written, alreadyThere, stopped: true };
    const batch = docs.slice(start, start + IMPORT_BATCH);
    const conflicts = await push(
      batch.map((doc) => ({ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } })),
    );
    alreadyThere += conflicts.length;
    written += batch.length - conflicts.length;
    progress(start + batch.length, docs.length);
  }
  return { written, alreadyThere, stopped: false };
}
