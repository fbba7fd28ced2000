import punycode from 'punycode/punycode.js';

// Hosts are compared in their ASCII (punycode) form so that "компания.рф" typed in Cyrillic
// and "xn--80aqeigdi5k.xn--p1ai" copied from a mail header are one company.

const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// Punycode and NFC leave printable ASCII as it is, and nearly every host is typed in it: the
// free-mail list alone has nearly 9,000 hosts to read at start-up, so such hosts skip both.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lower-cased punycode host, or null when it cannot be a mail host (no dot, bad label, IP literal). */
export function toAsciiHost(host: string): string | null {
  const trimmed = host.trim();
  const typedInAscii = PRINTABLE_ASCII.test(trimmed);
  let h = (typedInAscii ? trimmed : trimmed.normalize('NFC')).toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === '' || h.length > 253) return null;
  let ascii: string;
  try {
    ascii = typedInAscii ? h : punycode.toASCII(h);
  } catch {
    return null;
  }
  if (ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => ASCII_LABEL.test(l))) return null;
  // A numeric top-level label means an IP address, never a company's mail domain.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  return ascii;
}

/** For display only: keys always keep punycode. */
export function toUnicodeHost(asciiHost: string): string {
  try {
    return punycode.toUnicode(asciiHost);
  } catch {
    return asciiHost;
  }
}
