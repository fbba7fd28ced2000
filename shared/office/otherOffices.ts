import type { ClaimsLookupMatch, CompanyCount } from '../sync';
import type { BackgroundFailureReporter, ClaimsLookupPort, Clock } from './ports';
import { CLAIMS_LOOKUP_LIMITS } from '../sync';

/** Where other offices stand for the keys being typed: the duplicate panel says it plainly. */
export type OtherOfficesCheck =
  /** Every key was looked up at the endpoint (at: the oldest of those answers, this session). */
  | { state: 'checked'; at: number }
  /** Some keys were not looked up yet: the look-up waits until the person pauses typing. */
  | { state: 'pending' }
  /** The endpoint could not be reached; lastCheckedAt is its last answer this session. */
  | { state: 'offline'; lastCheckedAt?: number }
  /** The person's look-up budget is spent; the endpoint checks the client when it syncs. */
  | { state: 'overBudget'; resetsAt: number }
  /** Other offices are checked only once the workstation is signed in. */
  | { state: 'notSignedIn' };

export interface OtherOfficesAnswer {
  /** Clients of other offices holding the keys (known ones only). */
  matches: ClaimsLookupMatch[];
  /** Managers of other offices holding the corporate domains typed, counted. */
  companies: CompanyCount[];
  state: OtherOfficesCheck;
}

interface Answer {
  matches: ClaimsLookupMatch[];
  companies: CompanyCount[];
  at: number;
}

export interface OtherOffices {
  /** The look-up of the signed-in session; null when signed out. A new session starts a new cache. */
  use(port: ClaimsLookupPort | null): void;
  /** What other offices hold for `keys`: answers of this session at once; with `lookUp`, the rest are asked for. */
  check(keys: string[], lookUp: boolean): Promise<OtherOfficesAnswer>;
}

/** Keys a session remembers answers for: far more than a person types in a day, small in memory. */
const MAX_CACHED_KEYS = 10_000;

/**
 * The endpoint's answers are kept per key for the session: typing the same client again asks
 * nothing (the endpoint does not charge repeats either, but a request is still a round trip).
 */
export function otherOffices(clock: Clock, reportFailure: BackgroundFailureReporter): OtherOffices {
  let port: ClaimsLookupPort | null = null;
  let answers = new Map<string, Answer>();
  let lastCheckedAt: number | undefined;
  let overBudgetUntil = 0;

  const known = (keys: string[]) => {
    const hits = keys.flatMap((key) => answers.get(key) ?? []);
    return {
      matches: hits.flatMap((a) => a.matches),
      companies: hits.flatMap((a) => a.companies),
      at: Math.min(clock.now(), ...hits.map((a) => a.at)),
    };
  };

  async function ask(from: ClaimsLookupPort, keys: string[]): Promise<OtherOfficesCheck | null> {
    for (let i = 0; i < keys.length; i += CLAIMS_LOOKUP_LIMITS.maxKeys) {
      const answer = await from.lookUp(keys.slice(i, i + CLAIMS_LOOKUP_LIMITS.maxKeys)).catch((error: unknown) => {
        reportFailure('claims look-up', error);
        return { state: 'offline' } as const;
      });
      // Signed out (or in as someone else) meanwhile: this answer is not the current session's.
      if (from !== port) return { state: 'notSignedIn' };
      if (answer.state === 'offline') return lastCheckedAt ? { state: 'offline', lastCheckedAt } : { state: 'offline' };
      if (answer.state === 'notSignedIn') return answer;
      if (answer.state === 'overBudget') {
        overBudgetUntil = answer.resetsAt;
        return answer;
      }
      const at = clock.now();
      lastCheckedAt = at;
      for (const result of answer.results)
        remember(result.key, { matches: result.matches, companies: result.companies ?? [], at });
    }
    return null;
  }

  function remember(key: string, answer: Answer): void {
    answers.delete(key);
    answers.set(key, answer);
    if (answers.size > MAX_CACHED_KEYS) answers.delete(answers.keys().next().value as string);
  }

  return {
    use(next) {
      if (next === port) return;
      port = next;
      answers = new Map();
      lastCheckedAt = undefined;
      overBudgetUntil = 0;
    },
    async check(keys, lookUp) {
      const current = port;
      if (!current) return { matches: [], companies: [], state: { state: 'notSignedIn' } };
      const missing = [...new Set(keys)].filter((key) => !answers.has(key));
      let failed: OtherOfficesCheck | null = null;
      if (missing.length && !lookUp) failed = { state: 'pending' };
      else if (missing.length && clock.now() < overBudgetUntil)
        failed = { state: 'overBudget', resetsAt: overBudgetUntil };
      else if (missing.length) failed = await ask(current, missing);
      const { matches, companies, at } = known(keys);
      return { matches, companies, state: failed ?? { state: 'checked', at } };
    },
  };
}
