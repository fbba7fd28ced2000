// The shape every request body check starts from: an object, and no field it does not declare.
import type { FieldProblem } from './errors';

/** The body's fields; anything but a JSON object reads as no fields at all (each check then says what is missing). */
export function objectBody(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** One problem per undeclared field: a misspelt field must not be silently ignored. */
export function unknownFields(input: Record<string, unknown>, declared: readonly string[]): FieldProblem[] {
  return Object.keys(input)
    .filter((field) => !declared.includes(field))
    .map((field) => ({ field, message: `Unknown field "${field}"; the fields are ${declared.join(', ')}.` }));
}
