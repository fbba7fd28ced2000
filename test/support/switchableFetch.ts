/**
 * fetch with a network cable: unplugging fails new requests and drops open ones (live
 * streams included), as a laptop losing Wi-Fi would.
 */
export function switchableFetch(): { fetch: typeof fetch; setOnline(online: boolean): void; requests(): number } {
  let online = true;
  let count = 0;
  const open = new Set<AbortController>();
  const wrapped: typeof fetch = async (input, init = {}) => {
    count++;
    if (!online) throw new TypeError('fetch failed: network is unplugged');
    const controller = new AbortController();
    init.signal?.addEventListener('abort', () => controller.abort(init.signal?.reason));
    open.add(controller);
    try {
      return await fetch(input, { ...init, signal: controller.signal });
    } finally {
      // Streaming bodies outlive this call; they are dropped through the controller when unplugged.
      if (!(init.headers && JSON.stringify(init.headers).includes('text/event-stream'))) open.delete(controller);
    }
  };
  return {
    fetch: wrapped,
    setOnline(next) {
      online = next;
      if (!next) {
        for (const c of open) c.abort(new TypeError('network is unplugged'));
        open.clear();
      }
    },
    requests: () => count,
  };
}
