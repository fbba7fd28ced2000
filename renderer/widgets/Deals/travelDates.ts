// A trip's dates are calendar dates (YYYY-MM-DD, no time zone): read as local days, never as UTC
// instants, so "12 Oct" is 12 Oct wherever the office is.

/** "Oct 12 – 19, 2025", "from Oct 12, 2025", or null when no date is set. */
export function formatTravel(
  start: string,
  end: string,
  language: string,
  words: { from: (date: string) => string; until: (date: string) => string },
): string | null {
  const a = calendarDay(start);
  const b = calendarDay(end);
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric' });
  if (a && b) return b >= a ? format.formatRange(a, b) : `${format.format(a)} – ${format.format(b)}`;
  if (a) return words.from(format.format(a));
  if (b) return words.until(format.format(b));
  return null;
}

export function calendarDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getDate() === Number(match[3]) ? date : null;
}
