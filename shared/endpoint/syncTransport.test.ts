import { describe, expect, it } from 'vitest';
import { SyncError } from '../sync/transport';
import type { FetchLike } from './http';
import { createSyncTransport } from './syncTransport';

const transportWith = (fetch: FetchLike) =>
  createSyncTransport({ baseUrl: 'https://sync.example', http: { fetch, TextDecoder }, token: () => 'tok' });

function eventStream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function failureOf(pending: Promise<unknown>): Promise<SyncError> {
  const error = await pending.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('sync transport', () => {
  it('throws an offline SyncError when the endpoint cannot be reached', async () => {
    const error = await failureOf(
      transportWith(() => Promise.reject(new TypeError('fetch failed'))).pull('clients', null, 10),
    );
    expect(error).toMatchObject({ code: 'unreachable', status: 0, retryable: true });
    expect(error.message).toMatch(/Working offline/);
  });

  it('throws the endpoint’s code and message, asking to sign in again on 401', async () => {
    const refused = transportWith(
      async () =>
        new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'The sign-in has expired.' } }), {
          status: 401,
        }),
    );
    expect(await failureOf(refused.push('clients', []))).toMatchObject({
      code: 'unauthorized',
      status: 401,
      message: 'The sign-in has expired. Sign in again.',
      retryable: false,
    });
  });

  it('reads the live stream across chunk boundaries and reports its end as a closed connection', async () => {
    const transport = transportWith(
      async () =>
        new Response(
          eventStream(['data: RESYNC\r\n\r\n: keep-alive\n\nda', 'ta: {"documents":[],"checkpoint":null}\n\n']),
          { status: 200 },
        ),
    );
    const seen: unknown[] = [];
    const ended = await new Promise((resolve) =>
      transport
        .stream('clients')
        .subscribe({ next: (m) => seen.push(m), error: resolve, complete: () => resolve(null) }),
    );
    expect(seen).toEqual(['RESYNC', { documents: [], checkpoint: null }]);
    expect(ended).toMatchObject({ code: 'stream_closed', status: 0 });
  });

  it('closes the connection when the subscriber leaves', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('data: RESYNC\n\n')),
      cancel: () => {
        cancelled = true;
      },
    });
    const transport = transportWith(async () => new Response(body, { status: 200 }));
    const first = await new Promise((resolve) => {
      const subscription = transport.stream('clients').subscribe((message) => {
        subscription.unsubscribe();
        resolve(message);
      });
    });
    expect(first).toBe('RESYNC');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
  });
});
