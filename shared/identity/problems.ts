// Messages are read by managers, so they quote the value exactly as typed and say what to do.
import type { IdentityProblem } from './types';

/**
 * The problem with one typed phone or address, as parsePhones and parseEmails report it. A
 * function of this module rather than a closure each parse makes: the CLI runs through tsx,
 * which names every such closure with a property definition, and for the numbers and addresses
 * of a 100,000-row base that came to a twentieth of the check.
 */
export function problemWith(
  field: IdentityProblem['field'],
  value: string,
  code: IdentityProblem['code'],
  message: string,
): { problem: IdentityProblem } {
  return { problem: { field, value, code, message } };
}

export function quote(value: string): string {
  return `“${value}”`;
}

let regionNames: Intl.DisplayNames | null | undefined;

/** 'RU' → 'Russia'; falls back to the code where the runtime has no ICU region names. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 'Belarus, Kazakhstan or Ukraine' */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
