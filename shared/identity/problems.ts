// Messages are read by managers, so they quote the value exactly as typed and say what to do.

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
