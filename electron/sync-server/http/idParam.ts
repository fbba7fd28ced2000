// An id taken from the path: checked before it reaches a query, so a hostile address gets a 400
// that names the parameter rather than a database error.
import { ApiFailure } from './apiFailure';
import { textProblem } from './unsafeText';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

export function idParam(value: string, name: string, maxLength: number): string {
  const problem =
    textProblem(value) ??
    (CONTROL.test(value) ? 'contains a control character' : null) ??
    (!value ? 'is empty' : null) ??
    ([...value].length > maxLength ? `is longer than ${maxLength} characters` : null);
  if (problem)
    throw new ApiFailure(400, 'bad_request', `The ${name} in the address ${problem}; no such id exists.`, [
      { field: name, message: problem },
    ]);
  return value;
}
