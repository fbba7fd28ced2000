import type { ByteStreamReader, TextDecoderLike } from './http';

/**
 * The `data:` payloads of a text/event-stream body, one per event (comments and other fields
 * skipped). Ends when the reader is cancelled; stopping the iteration cancels it, which closes
 * the connection.
 */
export async function* serverSentData(reader: ByteStreamReader, decoder: TextDecoderLike): AsyncGenerator<string> {
  let buffer = '';
  try {
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
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
