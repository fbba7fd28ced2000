import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toUnicodeHost } from './idn';

// Claims are replicated to every office, which must see that a client is taken without
// getting the client's contacts. A phone keeps its country and area/operator code (useful
// for "is that the Minsk office's client?") and the last two digits (to tell two numbers of
// one client apart); at least five digits are hidden.

const MIN_HIDDEN = 5;

export function maskPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) {
    // Not a number we can format: reveal nothing of a short string, two digits of a long one.
    const digits = e164.replace(/\D/g, '').length;
    return maskDigits(e164, digits >= 2 + MIN_HIDDEN ? 2 : 0);
  }
  // Grouped like the Russian national format, '+7 916 123-45-67', whatever the country.
  const [head = '', second = '', ...others] = phone.formatInternational().split(' ');
  const groups = others.length > 0 ? [head, second, others.join('-')] : [head, second];
  const formatted = groups.join(' ');
  const cc = groups[0] ?? '';
  const area = groups.length > 2 ? (groups[1] ?? '') : '';
  const shownHead = cc + (area ? ` ${area}` : '');
  const tail = formatted.slice(shownHead.length);
  const tailDigits = tail.replace(/\D/g, '').length;
  if (tailDigits - 2 < MIN_HIDDEN) {
    // A short number: give up the area code rather than reveal too much.
    const rest = formatted.slice(cc.length);
    const restDigits = rest.replace(/\D/g, '').length;
    return `${cc}${maskDigits(rest, Math.max(0, Math.min(2, restDigits - MIN_HIDDEN)))}`;
  }
  return shownHead + maskDigits(tail, 2);
}

/** Replaces every digit with '*' except the last `keep` ones. */
function maskDigits(text: string, keep: number): string {
  let remaining = text.replace(/\D/g, '').length;
  let out = '';
  for (const ch of text) {
    if (/\d/.test(ch)) {
      out += remaining > keep ? '*' : ch;
      remaining--;
    } else {
      out += ch;
    }
  }
  return out;
}

/** 'petrivanov@gmail.com' → 'p***@gmail.com'. The star count never reveals the length. */
export function maskEmail(canonical: string): string {
  const at = canonical.lastIndexOf('@');
  if (at <= 0) return '***';
  const first = String.fromCodePoint(canonical.codePointAt(0) ?? 42);
  return `${first}***@${toUnicodeHost(canonical.slice(at + 1))}`;
}
