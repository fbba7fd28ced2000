import { Observable } from 'rxjs';
import { SyncError, type SyncTransport } from '../sync/transport';
import { API_PATHS, type StreamMessage, type SyncCollectionName } from '../sync';
import type { EndpointError, EndpointResult } from './endpointError';
import { createEndpointRequest, type EndpointRequestOptions } from './endpointRequest';
import { serverSentData } from './serverSentData';

/**
 * The replication protocol over HTTP. The live stream is read with fetch rather than EventSource,
 * because EventSource cannot send the Authorization header.
 */
export function createSyncTransport(options: EndpointRequestOptions): SyncTransport {
  const endpoint = createEndpointRequest(options);
  const value = <T>(result: EndpointResult<T>): T => {
    if (result.ok) return result.value;
    throw syncErrorOf(result.failure, endpoint.baseUrl);
  };

  return {
    async pull(collection, checkpoint, limit) {
      return value(await endpoint.call(API_PATHS.pull(collection, checkpoint, limit)));
    },
    async push(collection, rows) {
      return value(await endpoint.call(API_PATHS.push(collection), { method: 'POST', body: rows }));
    },
    stream<C extends SyncCollectionName>(collection: C) {
      return new Observable<StreamMessage<C>>((subscriber) => {
        let closed = false;
        let stop: (() => void) | null = null;
        const run = async (): Promise<void> => {
          const response = value(
            await endpoint.open(API_PATHS.stream(collection), { headers: { accept: 'text/event-stream' } }),
          );
          if (!response.body)
            throw new SyncError('The sync server sent no live stream.', response.status, 'stream_missing');
          const reader = response.body.getReader();
          stop = () => void reader.cancel().catch(() => undefined);
          if (closed) return stop();
          for await (const data of serverSentData(reader, new options.http.TextDecoder()))
            subscriber.next(parseMessage<C>(data));
          // A stream that ends is a dropped connection: the caller reconnects and re-syncs.
          if (!closed)
            subscriber.error(new SyncError('The live connection to the sync server was closed.', 0, 'stream_closed'));
        };
        run().catch((error: unknown) => {
          if (!closed)
            subscriber.error(
              error instanceof SyncError
                ? error
                : new SyncError('The live connection to the sync server was lost.', 0, 'stream_lost'),
            );
        });
        return () => {
          closed = true;
          stop?.();
        };
      });
    },
  };
}

/** The failure as the office's replication reports it. */
export function syncErrorOf(failure: EndpointError, baseUrl: string): SyncError {
  if (failure.code === 'unreachable')
    return new SyncError(
      `Cannot reach the sync server at ${baseUrl}. Working offline: changes are kept here and sent when it is back.`,
      0,
      'unreachable',
    );
  const message = failure.status === 401 ? `${failure.message} Sign in again.` : failure.message;
  return new SyncError(message, failure.status, failure.code);
}

function parseMessage<C extends SyncCollectionName>(data: string): StreamMessage<C> {
  if (data === 'RESYNC') return 'RESYNC';
  return JSON.parse(data) as StreamMessage<C>;
}
