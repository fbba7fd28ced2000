/**
 * Work driven by change events: items arriving together (one bulk write, one sync batch) are
 * handled as one batch, batches run one after another, and settled() tells when everything seen
 * so far has been handled — what a save awaits before its duplicate check may rely on the index.
 */
export interface BatchRunner<T> {
  add(items: readonly T[]): void;
  /** Queues other work behind the batches (a full rebuild, say). */
  enqueue(task: () => Promise<void>): Promise<void>;
  settled(): Promise<void>;
}

export function createBatchRunner<T>(run: (batch: T[]) => Promise<void>): BatchRunner<T> {
  let pending: T[] = [];
  let queue: Promise<void> = Promise.resolve();
  let scheduled = false;
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task);
    return queue;
  };
  return {
    add(items) {
      pending.push(...items);
      if (scheduled || pending.length === 0) return;
      scheduled = true;
      void enqueue(async () => {
        scheduled = false;
        const batch = pending;
        pending = [];
        await run(batch);
      });
    },
    enqueue,
    async settled() {
      // A change written just now may reach its observer a tick later; let it arrive first.
      await Promise.resolve();
      let seen: Promise<void>;
      do {
        seen = queue;
        await seen;
      } while (seen !== queue);
    },
  };
}
