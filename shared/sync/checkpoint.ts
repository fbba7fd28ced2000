// The pull checkpoint travels as URL-encoded JSON in a query string; this is its one parser.
import type { SyncCheckpoint } from './protocol';

export type CheckpointParse = { ok: true; checkpoint: SyncCheckpoint | null } | { ok: false; message: string };

export function parseCheckpoint(raw: string | undefined): CheckpointParse {
  if (raw === undefined || raw === '' || raw === 'null') return { ok: true, checkpoint: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'checkpoint must be the JSON checkpoint returned by the previous pull, URL-encoded' };
  }
  if (value === null) return { ok: true, checkpoint: null };
  const seq = (value as { seq?: unknown }).seq;
  if (
    typeof value !== 'object' ||
    typeof seq !== 'number' ||
    !Number.isSafeInteger(seq) ||
    seq < 0 ||
    Object.keys(value).length !== 1
  ) {
    return { ok: false, message: 'checkpoint must look like {"seq": <non-negative integer>}' };
  }
  return { ok: true, checkpoint: { seq } };
}
