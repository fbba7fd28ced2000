// Tiny runtime validators for IPC arguments. Everything crossing from the renderer
// is `unknown` until one of these parsers accepts it; a parser throws
// IpcValidationError with a message that names the channel, the argument and the rule.

export class IpcValidationError extends Error {
  override readonly name = 'IpcValidationError';
}

/** Parses an untrusted value; `at` names where the value came from, for the error message. */
export type Parser<T> = (value: unknown, at: string) => T;

/** A parser whose property may be absent (only meaningful inside `object`). */
export type OptionalParser<T> = Parser<T | undefined> & { readonly optional: true };

function fail(at: string, rule: string): never {
  throw new IpcValidationError(`${at} ${rule}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `a string of ${value.length} characters` : `${typeof value}`;
}

export function string(opts: { min?: number; max: number; pattern?: RegExp; patternHint?: string }): Parser<string> {
  const min = opts.min ?? 0;
  return (value, at) => {
    if (typeof value !== 'string' || value.length < min || value.length > opts.max) {
      fail(at, `must be a string of ${min}..${opts.max} characters, got ${describe(value)}`);
    }
    if (opts.pattern && !opts.pattern.test(value))
      fail(at, `must be ${opts.patternHint ?? `a string matching ${opts.pattern}`}`);
    return value;
  };
}

export function integer(opts: { min: number; max: number }): Parser<number> {
  return (value, at) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < opts.min || value > opts.max) {
      fail(
        at,
        `must be an integer in ${opts.min}..${opts.max}, got ${typeof value === 'number' ? value : describe(value)}`,
      );
    }
    return value;
  };
}

export function optional<T>(parser: Parser<T>): OptionalParser<T> {
  const parse: Parser<T | undefined> = (value, at) => (value === undefined ? undefined : parser(value, at));
  return Object.assign(parse, { optional: true as const });
}

type Shape = Record<string, Parser<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: ReturnType<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<ReturnType<S[K]>, undefined>;
  }
>;

/** A plain object with exactly these properties: unknown properties are rejected, not ignored. */
export function object<S extends Shape>(shape: S): Parser<ObjectOf<S>> {
  return (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(at, `must be an object, got ${describe(value)}`);
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(shape, key)) fail(at, `has an unknown property "${key}"`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, parse] of Object.entries(shape)) {
      const parsed = parse(input[key], `${at}.${key}`);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as ObjectOf<S>;
  };
}

type Parsers = readonly Parser<unknown>[];
export type TupleOf<P extends Parsers> = { -readonly [I in keyof P]: ReturnType<P[I]> };

/** The argument list of one channel: exactly as many arguments as parsers. */
export function args<const P extends Parsers>(...parsers: P): Parser<TupleOf<P>> {
  return (value, at) => {
    if (!Array.isArray(value)) fail(at, 'arguments must be an array');
    if (value.length !== parsers.length) {
      fail(at, `takes ${parsers.length} argument(s), got ${value.length}`);
    }
    return parsers.map((parse, i) => parse(value[i], `${at} argument ${i + 1}`)) as TupleOf<P>;
  };
}
