// The endpoint's own application/json parser. Fastify's default decodes invalid UTF-8 as U+FFFD
// (stored silently, the sender never learns) and lets any nesting through to code that recurses;
// here such bodies are refused with 400 before a route sees them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiFailure } from './apiFailure';
import { unsafeTextProblems } from './unsafeText';

/** Far deeper than any document or request the endpoint accepts (a push row is about 6 levels). */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Where the string starting at the quote at `open` ends (its closing quote), or -1. */
function stringEnd(text: string, open: number): number {
  for (let from = open + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** Whether arrays and objects nest deeper than max; a linear scan, before anything recurses. */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skipped whole (indexOf is native): most of a push body is string contents.
      i = stringEnd(text, i);
      if (i < 0) return false;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return false;
}

function refuse(reason: string): ApiFailure {
  return new ApiFailure(400, 'bad_request', `The request body ${reason}; nothing was written.`);
}

export function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw refuse('is not valid UTF-8 (send JSON encoded as UTF-8)');
  }
  if (!text.trim()) throw refuse('is empty, but its Content-Type says JSON');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw refuse(`nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not valid JSON (${(error as Error).message})`);
  }
  const problems = unsafeTextProblems(value);
  const [first] = problems;
  if (first) {
    throw new ApiFailure(
      400,
      'validation_failed',
      `The request was refused and nothing was written: ${first.field || 'the body'} ${first.message}.`,
      problems,
    );
  }
  return value;
}

export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request: FastifyRequest, body: Buffer) =>
    parseJsonBody(body),
  );
}
