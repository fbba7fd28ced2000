/**
 * `start` run at most once while it succeeds or is under way: every caller shares its promise.
 * After a failure the next call runs it again (a retry button must be able to retry).
 */
export function onceUntilFailed<T>(start: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= start().catch((error: unknown) => {
      running = null;
      throw error;
    });
    return running;
  };
}
