import type { ClaimdeskDatabase } from '../../db';
import { DEFAULT_REGULATIONS } from '../../regulations/defaults';
import type { Rule } from '../../regulations/rule';
import { reviseRegulations, type RegulationsVersion } from '../../regulations/versions';

const REGULATIONS_DOC = 'regulations';

/** Before the endpoint was ever reached: the shipped defaults, as version 0 (what the endpoint serves for a new agency too). */
export const DEFAULT_REGULATIONS_VERSION: RegulationsVersion = {
  version: 0,
  rules: structuredCopy(DEFAULT_REGULATIONS) as Rule[],
  changedBy: '',
  changedAt: 0,
  note: '',
};

export interface RegulationsCache {
  current(): RegulationsVersion;
  /** Throws, storing nothing, when the version is not valid regulations. */
  store(version: RegulationsVersion): Promise<void>;
}

/**
 * The agency's regulations as last fetched from the endpoint, kept on the workstation so an
 * offline office can still show a provisional recommendation for a case it found itself.
 */
export async function openRegulationsCache(db: ClaimdeskDatabase): Promise<RegulationsCache> {
  let current =
    ((await db.getLocal<RegulationsVersion>(REGULATIONS_DOC))?.toJSON().data as RegulationsVersion | undefined) ??
    DEFAULT_REGULATIONS_VERSION;
  return {
    current: () => current,
    async store(version) {
      const checked = checkVersion(version);
      await db.upsertLocal(REGULATIONS_DOC, checked);
      current = checked;
    },
  };
}

function checkVersion(input: RegulationsVersion): RegulationsVersion {
  const v = (typeof input === 'object' && input !== null ? input : {}) as Partial<RegulationsVersion>;
  if (!Number.isSafeInteger(v.version) || (v.version as number) < 0)
    throw new Error('The regulations have no valid version number.');
  if (!Array.isArray(v.rules)) throw new Error('The regulations have no list of rules.');
  if (typeof v.changedBy !== 'string' || !Number.isSafeInteger(v.changedAt) || typeof v.note !== 'string')
    throw new Error('The regulations do not say who changed them, when and why.');
  // Re-validating with the editor's own rules: a cached version is as trustworthy as an edited one.
  const valid = reviseRegulations(null, v.rules, v.changedBy, v.changedAt as number, v.note);
  if (!valid.ok) throw new Error(`The regulations are not valid: ${valid.errors.map((e) => e.message).join(' ')}`);
  return { ...valid.value, version: v.version as number };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
