import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { DuplicateCheck, OfficeCore } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';

export type CheckState = 'idle' | 'checking' | 'done';

interface CheckInput {
  fullName: string;
  phones: string[];
  emails: string[];
}

/** The own office's claims are local: checked almost at once. */
const LOCAL_DELAY_MS = 150;
/** Other offices cost an online look-up (and budget): asked once the person pauses typing. */
const OTHER_OFFICES_DELAY_MS = 700;

interface Answer {
  key: string;
  check: DuplicateCheck | null;
  otherOfficesAsked: boolean;
}

/**
 * Checks the draft while the manager types: this office's clients 150 ms after the last key,
 * other offices' (online) after a longer pause. The state is derived by comparing what was
 * checked with what is on screen, so it reads "checking" from the very keystroke that makes the
 * last result stale — tests and people never mistake an old answer for the current one.
 */
export function useDuplicateCheck(
  input: CheckInput,
  excludeClientId?: string,
): { state: CheckState; check: DuplicateCheck | null } {
  const core = useCore();
  const key = JSON.stringify([
    input.fullName.trim(),
    input.phones.map((p) => p.trim()),
    input.emails.map((e) => e.trim()),
  ]);
  const [localKey] = useDebouncedValue(key, LOCAL_DELAY_MS);
  const [remoteKey] = useDebouncedValue(key, OTHER_OFFICES_DELAY_MS);
  const [result, setResult] = useState<Answer | null>(null);
  const empty = !input.fullName.trim() && input.phones.every((p) => !p.trim()) && input.emails.every((e) => !e.trim());

  useEffect(() => runCheck(core, localKey, excludeClientId, false, setResult), [core, localKey, excludeClientId]);
  useEffect(() => runCheck(core, remoteKey, excludeClientId, true, setResult), [core, remoteKey, excludeClientId]);

  if (empty) return { state: 'idle', check: null };
  // While a newer check runs, the last answer stays on screen: no flicker on every key.
  return { state: result?.key === key ? 'done' : 'checking', check: result?.check ?? null };
}

function runCheck(
  core: OfficeCore,
  key: string,
  excludeClientId: string | undefined,
  askOtherOffices: boolean,
  setResult: (update: (previous: Answer | null) => Answer | null) => void,
): () => void {
  let current = true;
  const [fullName, phones, emails] = JSON.parse(key) as [string, string[], string[]];
  const settle = (check: DuplicateCheck | null) => {
    if (!current) return;
    // The local answer never replaces the fuller one for the same draft (it may arrive later).
    setResult((previous) =>
      previous?.key === key && previous.otherOfficesAsked && !askOtherOffices
        ? previous
        : { key, check, otherOfficesAsked: askOtherOffices },
    );
  };
  core
    .checkDuplicates({ fullName, phones, emails }, excludeClientId, { lookUpOtherOffices: askOtherOffices })
    .then(settle, (error: unknown) => {
      // A failed check must not block typing or saving; the warning is advice.
      console.error('Duplicate check failed', error);
      settle(null);
    });
  return () => {
    current = false;
  };
}
