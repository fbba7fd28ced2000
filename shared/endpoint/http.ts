// What the endpoint client needs from its platform. shared/ compiles without DOM or Node types,
// so fetch and TextDecoder cannot be named here; browsers, Electron's renderer and Node ≥ 20 all
// have both as globals, and each caller passes them in (`{ fetch, TextDecoder }`), tests their fakes.

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The part of a fetch Response the client reads. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  readonly body: ByteStream | null;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** A response body read as it arrives (the live stream); cancelling it closes the connection. */
export interface ByteStream {
  getReader(): ByteStreamReader;
}

export interface ByteStreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  /** Ends a pending read with `done` and closes the connection. */
  cancel(): Promise<void>;
}

export type FetchLike = (url: string, init?: FetchInit) => Promise<FetchResponse>;

export interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export interface EndpointHttp {
  fetch: FetchLike;
  /** UTF-8 decoding of the live stream. */
  TextDecoder: new () => TextDecoderLike;
}
