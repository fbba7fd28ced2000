const DAY = 24 * 60 * 60 * 1000;

/** "12 Oct" this year, "12 Oct 2023" otherwise: the year only when it adds information. */
export function formatDay(at: number, locale: string, now = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(at);
}

export function formatDateTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "today", "yesterday", "3 days ago", "2 months ago", in calendar days so "yesterday" means yesterday. */
export function formatRelativeDay(at: number, locale: string, now = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const days = Math.round((startOfDay(at) - startOfDay(now)) / DAY);
  if (Math.abs(days) < 30) return rtf.format(days, 'day');
  const months = Math.round(days / 30.44);
  if (Math.abs(months) < 12) return rtf.format(months, 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Value for <input type="datetime-local">, in local time. */
export function toLocalInputValue(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** NaN when the input is empty or incomplete. */
export function fromLocalInputValue(value: string): number {
  return value ? new Date(value).getTime() : Number.NaN;
}

/**
 * "just now", "2 minutes ago", "3 hours ago", "yesterday": how long ago something happened, for
 * a status that is re-rendered as time passes.
 */
export function formatAgo(at: number, locale: string, now: number, justNow: string): string {
  const seconds = Math.round((now - at) / 1000);
  if (seconds < 45) return justNow;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return rtf.format(-hours, 'hour');
  return formatRelativeDay(at, locale, now);
}

/** "30 seconds", "2 minutes": how long to wait. */
export function formatWait(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 90
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(Math.max(1, seconds))
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
