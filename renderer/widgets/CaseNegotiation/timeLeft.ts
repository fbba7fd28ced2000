const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "1 day, 3 hours", "5 hours, 20 minutes", "12 minutes": how long until a deadline, to the two
 * largest units — precise enough to plan a call, short enough to read at a glance.
 */
export function formatTimeLeft(ms: number, language: string): string {
  const total = Math.max(0, ms);
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const list = (parts: string[]) => new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts);
  if (total >= DAY) {
    const days = Math.floor(total / DAY);
    const hours = Math.floor((total % DAY) / HOUR);
    return list(hours > 0 ? [unit(days, 'day'), unit(hours, 'hour')] : [unit(days, 'day')]);
  }
  if (total >= HOUR) {
    const hours = Math.floor(total / HOUR);
    const minutes = Math.floor((total % HOUR) / MINUTE);
    return list(minutes > 0 ? [unit(hours, 'hour'), unit(minutes, 'minute')] : [unit(hours, 'hour')]);
  }
  return unit(Math.max(1, Math.ceil(total / MINUTE)), 'minute');
}
