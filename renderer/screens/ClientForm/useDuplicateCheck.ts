import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { DuplicateCheck } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';

export type CheckState = 'idle' | 'checking' | 'done';

interface CheckInput {
  fullName: string;
  phones: string[];
  emails: string[];
}

/**
 * Checks the draft against the book while the manager types (150 ms after the last key).
 * The state is derived by comparing what was checked with what is on screen, so it reads
 * "checking" from the very keystroke that makes the last result stale — tests and people
 * never mistake an old answer for the current one.
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
  const [debouncedKey] = useDebouncedValue(key, 150);
  const [result, setResult] = useState<{ key: string; check: DuplicateCheck | null } | null>(null);
  const empty = !input.fullName.trim() && input.phones.every((p) => !p.trim()) && input.emails.every((e) => !e.trim());

  useEffect(() => {
    let current = true;
    const [fullName, phones, emails] = JSON.parse(debouncedKey) as [string, string[], string[]];
    core.checkDuplicates({ fullName, phones, emails }, excludeClientId).then(
      (check) => current && setResult({ key: debouncedKey, check }),
      (error: unknown) => {
        // A failed check must not block typing or saving; the warning is advice.
        console.error('Duplicate check failed', error);
        if (current) setResult({ key: debouncedKey, check: null });
      },
    );
    return () => {
      current = false;
    };
  }, [core, debouncedKey, excludeClientId]);

  if (empty) return { state: 'idle', check: null };
  // While a newer check runs, the last answer stays on screen: no flicker on every key.
  return { state: result?.key === key ? 'done' : 'checking', check: result?.check ?? null };
}
