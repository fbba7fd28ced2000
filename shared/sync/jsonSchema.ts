// A small interpreter for the JSON-schema subset our RxDB schemas use. Interpreted rather than
// compiled to code, so it also runs under a CSP without 'unsafe-eval'; a keyword it does not know
// makes compileSchema throw, so a schema change can never be silently half-checked.
import type { FieldProblem } from './errors';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

interface SchemaNode {
  type?: JsonType | JsonType[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minLength?: number;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
}

const CHECKED = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'maxItems',
  'minItems',
  'maxLength',
  'minLength',
  'enum',
  'minimum',
  'maximum',
  'multipleOf',
]);
/** RxDB's own keywords: storage hints that say nothing about validity. */
const RXDB_META = new Set([
  'version',
  'primaryKey',
  'indexes',
  'keyCompression',
  'encrypted',
  'internalIndexes',
  'title',
  'description',
  'final',
]);

export interface CompiledSchema {
  /** Problems found (empty when valid); paths are prefixed with `path`. */
  validate(value: unknown, path: string): FieldProblem[];
}

function assertSupported(node: Record<string, unknown>, at: string, root: boolean): void {
  for (const key of Object.keys(node)) {
    if (!CHECKED.has(key) && !(root && RXDB_META.has(key))) {
      throw new Error(
        `JSON schema keyword "${key}" at ${at || 'the root'} is not supported by shared/sync/jsonSchema.ts`,
      );
    }
  }
  const props = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, child] of Object.entries(props ?? {})) assertSupported(child, `${at}.${name}`, false);
  if (node.items) assertSupported(node.items as Record<string, unknown>, `${at}[]`, false);
}

function typeOf(value: unknown): JsonType | 'undefined' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number')
    return Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'number') : 'other';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object')
    return typeof value as JsonType;
  return typeof value === 'undefined' ? 'undefined' : 'other';
}

function matchesType(actual: ReturnType<typeof typeOf>, expected: JsonType): boolean {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function check(node: SchemaNode, value: unknown, path: string, out: FieldProblem[]): void {
  const actual = typeOf(value);
  if (node.type) {
    const allowed = Array.isArray(node.type) ? node.type : [node.type];
    if (!allowed.some((t) => matchesType(actual, t))) {
      out.push({
        field: path,
        message: `must be ${allowed.join(' or ')}, got ${actual === 'integer' ? 'number' : actual}`,
      });
      return;
    }
  }
  if (node.enum && !node.enum.includes(value))
    out.push({ field: path, message: `must be one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}` });
  if (typeof value === 'string') {
    // Lengths count code points, as JSON schema defines them (not UTF-16 units).
    const length = [...value].length;
    if (node.maxLength !== undefined && length > node.maxLength)
      out.push({ field: path, message: `must be at most ${node.maxLength} characters` });
    if (node.minLength !== undefined && length < node.minLength)
      out.push({ field: path, message: `must be at least ${node.minLength} characters` });
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum)
      out.push({ field: path, message: `must be at least ${node.minimum}` });
    if (node.maximum !== undefined && value > node.maximum)
      out.push({ field: path, message: `must be at most ${node.maximum}` });
    if (node.multipleOf !== undefined) {
      const ratio = value / node.multipleOf;
      if (Math.abs(ratio - Math.round(ratio)) > 1e-9)
        out.push({ field: path, message: `must be a multiple of ${node.multipleOf}` });
    }
  }
  if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems)
      out.push({ field: path, message: `must have at most ${node.maxItems} items` });
    if (node.minItems !== undefined && value.length < node.minItems)
      out.push({ field: path, message: `must have at least ${node.minItems} items` });
    if (node.items) value.forEach((item, i) => check(node.items as SchemaNode, item, `${path}[${i}]`, out));
  }
  if (actual === 'object') checkObject(node, value as Record<string, unknown>, path, out);
}

function checkObject(node: SchemaNode, value: Record<string, unknown>, path: string, out: FieldProblem[]): void {
  const props = node.properties ?? {};
  for (const name of node.required ?? []) {
    if (!Object.prototype.hasOwnProperty.call(value, name))
      out.push({ field: join(path, name), message: 'is required' });
  }
  for (const [name, child] of Object.entries(value)) {
    const childSchema = Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
    if (childSchema) check(childSchema, child, join(path, name), out);
    else if (node.additionalProperties === false)
      out.push({ field: join(path, name), message: 'is not a field of this document' });
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/**
 * The schema with every object that declares its properties closed (additionalProperties: false)
 * unless it says otherwise. RxDB closes only the top level, so without this an undeclared field
 * nested in a phone entry or a deal would be accepted and stored.
 */
export function closeObjects<T extends object>(schema: T): T {
  const node = schema as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...node };
  const props = node.properties as Record<string, object> | undefined;
  if (props) {
    copy.properties = Object.fromEntries(Object.entries(props).map(([name, child]) => [name, closeObjects(child)]));
    copy.additionalProperties ??= false;
  }
  if (node.items) copy.items = closeObjects(node.items as object);
  return copy as T;
}

export function compileSchema(schema: object): CompiledSchema {
  assertSupported(schema as Record<string, unknown>, '', true);
  const node = schema as SchemaNode;
  return {
    validate: (value, path) => {
      const out: FieldProblem[] = [];
      check(node, value, path, out);
      return out;
    },
  };
}
