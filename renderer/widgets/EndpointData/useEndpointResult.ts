import { useCallback, useEffect, useState } from 'react';
import type { EndpointResult } from '../../sync/resolutionClient';

export type EndpointLoad<T> = { loading: true } | { loading: false; result: EndpointResult<T> };

/**
 * Runs one endpoint read whenever `deps` change (and on reload()). Each answer is kept with the
 * question it answers, so a slow report for last month never shows as this month's: until the
 * current question is answered, the state is loading.
 */
export function useEndpointResult<T>(
  load: () => Promise<EndpointResult<T>>,
  deps: readonly unknown[],
): { state: EndpointLoad<T>; reload(): void; replace(value: T): void } {
  const [round, setRound] = useState(0);
  const question = [...deps, round];
  const [answer, setAnswer] = useState<{ question: readonly unknown[]; state: EndpointLoad<T> } | null>(null);
  useEffect(() => {
    let current = true;
    const settle = (result: EndpointResult<T>) => {
      if (current) setAnswer({ question, state: { loading: false, result } });
    };
    load().then(settle, () => settle({ ok: false, failure: { code: 'unreachable' } }));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the request depends on
  }, question);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  // A save answers with the new state itself: show it without asking again.
  const replace = useCallback(
    (value: T) =>
      setAnswer((a) => (a ? { question: a.question, state: { loading: false, result: { ok: true, value } } } : a)),
    [],
  );
  const state: EndpointLoad<T> = answer && sameQuestion(answer.question, question) ? answer.state : { loading: true };
  return { state, reload, replace };
}

function sameQuestion(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
