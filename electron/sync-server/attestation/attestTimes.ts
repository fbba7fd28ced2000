// The times a pushed document states about itself, as far as the endpoint can believe them. Pure.
// A workstation may have been offline, so a time in the past is believable only back to when the
// session was last seen online; anything earlier (or in the future) is stored clamped, with the
// stated value kept in `statedAs` so nobody loses what was typed.
import type { StatedTimes } from '../../../shared/db';
import { jsonEqual } from '../../../shared/sync';

export type AttestedCollection = 'clients' | 'activities';

/** The times a push's documents are believed within (epoch ms, inclusive). */
export interface TimeWindow {
  from: number;
  to: number;
}

type TimeField = keyof StatedTimes;

/**
 * Per collection, the times the rules read and how far back each may go. A client's creation decides
 * "the first contact keeps the client"; an activity's time is evidence; updatedAt and lastActivityAt
 * only matter when pushed into the future (a claim that never lapses).
 */
const FIELDS: Record<AttestedCollection, Record<string, 'window' | 'future'>> = {
  clients: { createdAt: 'window', updatedAt: 'future', lastActivityAt: 'future' },
  activities: { at: 'window', createdAt: 'window' },
};

/** True when the document keeps its stated times as they are (an admin's import). */
export interface AttestOptions {
  keepStated: boolean;
}

/**
 * The document as the endpoint stores it: a time that is new or changed since the stored version
 * and lies outside the window is clamped into it. `statedAs` is the endpoint's alone: whatever the
 * workstation sent there is replaced.
 */
export function attestTimes(
  collection: AttestedCollection,
  doc: Readonly<Record<string, unknown>>,
  stored: Readonly<Record<string, unknown>> | null,
  window: TimeWindow,
  options: AttestOptions,
): Record<string, unknown> {
  const { statedAs: _sent, ...rest } = doc;
  const next: Record<string, unknown> = rest;
  if (options.keepStated) return next;
  const storedStated = (stored?.statedAs ?? {}) as StatedTimes;
  const stated: StatedTimes = {};
  for (const [field, bound] of Object.entries(FIELDS[collection]) as [TimeField, 'window' | 'future'][]) {
    const value = next[field];
    if (typeof value !== 'number') continue;
    // Unchanged, or the same stated time again (a workstation that has not pulled the clamp yet).
    if (stored && (jsonEqual(stored[field], value) || storedStated[field] === value)) {
      next[field] = stored[field];
      if (storedStated[field] !== undefined) stated[field] = storedStated[field];
      continue;
    }
    const clamped = Math.min(window.to, bound === 'window' ? Math.max(window.from, value) : value);
    if (clamped === value) continue;
    next[field] = clamped;
    stated[field] = value;
  }
  return Object.keys(stated).length ? { ...next, statedAs: stated } : next;
}
