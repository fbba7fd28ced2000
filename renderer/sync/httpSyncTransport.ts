import { Observable } from 'rxjs';
import { SyncError, type SyncTransport } from '../../shared/office';
import { API_PATHS, type StreamMessage, type SyncCollectionName } from '../../shared/sync';

export interface HttpSyncTransportOptions {
  /** The endpoint's base address, e.g. https://sync.agency.example (no trailing slash needed). */
  baseUrl: string;
  token(): string | null;
  /** Injected for tests; the browser's and Node's own fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * The sync protocol over HTTP. The live stream is read with fetch rather than EventSource,
 * because EventSource cannot send the Authorization header.
 */
export function createHttpSyncTransport(options: HttpSyncTransportOptions): SyncTransport {
  const base = options.baseUrl.replace(/\/+$/u, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    const token = options.token();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        headers: {
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...init.headers,
        },
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new SyncError(
        `Cannot reach the sync server at ${base}. Working offline: changes are kept here and sent when it is back.`,
        0,
        'unreachable',
      );
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  return {
    async agency() {
      return (await request(API_PATHS.agency)).json();
    },
    async pull(collection, checkpoint, limit) {
      return (await request(API_PATHS.pull(collection, checkpoint, limit))).json();
    },
    async push(collection, rows) {
      return (await request(API_PATHS.push(collection), { method: 'POST', body: JSON.stringify(rows) })).json();
    },
    stream<C extends SyncCollectionName>(collection: C) {
      return new Observable<StreamMessage<C>>((subscriber) => {
        const abort = new AbortController();
        request(API_PATHS.stream(collection), { headers: { accept: 'text/event-stream' }, signal: abort.signal })
          .then(async (response) => {
            if (!response.body)
              throw new SyncError('The sync server sent no live stream.', response.status, 'noStream');
            for await (const data of serverSentData(response.body)) subscriber.next(parseMessage<C>(data));
            // A stream that ends is a dropped connection: the caller reconnects and re-syncs.
            subscriber.error(new SyncError('The live connection to the sync server was closed.', 0, 'streamClosed'));
          })
          .catch((error: unknown) => {
            if (!abort.signal.aborted)
              subscriber.error(
                error instanceof SyncError
                  ? error
                  : new SyncError('The live connection to the sync server was lost.', 0, 'streamLost'),
              );
          });
        return () => abort.abort();
      });
    },
  };
}

async function errorOf(response: Response): Promise<SyncError> {
  let code = `http${response.status}`;
  let message = `The sync server answered ${response.status} ${response.statusText}.`;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message) message = body.error.message;
    if (body.error?.code) code = body.error.code;
  } catch {
    // Not our JSON error (a proxy's page, say): the status line is all there is to say.
  }
  if (response.status === 401) message = `${message} Sign in again.`;
  return new SyncError(message, response.status, code);
}

function parseMessage<C extends SyncCollectionName>(data: string): StreamMessage<C> {
  if (data === 'RESYNC') return 'RESYNC';
  return JSON.parse(data) as StreamMessage<C>;
}

/** The `data:` payloads of a text/event-stream body, one per event (comments and other fields skipped). */
export async function* serverSentData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/gu, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /u, ''))
        .join('\n');
      if (data) yield data;
    }
  }
}
