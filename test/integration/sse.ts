// Reads the live stream the way the app will: fetch() with the Bearer header, parsing SSE `data:` lines.
import { API_PATHS, type StreamMessage, type SyncCollectionName } from '../../shared/sync';

export interface StreamReader {
  status: number;
  messages: StreamMessage[];
  /** Resolves with the first message (already received or future) matching the predicate. */
  waitFor(predicate: (m: StreamMessage) => boolean, timeoutMs?: number): Promise<StreamMessage>;
  close(): void;
}

export async function openStream(base: string, token: string, collection: SyncCollectionName): Promise<StreamReader> {
  const abort = new AbortController();
  const response = await fetch(base + API_PATHS.stream(collection), {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const messages: StreamMessage[] = [];
  const waiters = new Set<() => void>();
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = event
              .split('\n')
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            if (data) messages.push(JSON.parse(data) as StreamMessage);
          }
          waiters.forEach((w) => w());
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  return {
    status: response.status,
    messages,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = messages.find(predicate);
          if (found !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
          return found !== undefined;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `stream: no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages).slice(0, 500)}`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => abort.abort(),
  };
}

export function documentsOf(message: StreamMessage): { id: string }[] {
  return message === 'RESYNC' ? [] : message.documents;
}
