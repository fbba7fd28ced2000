/**
 * "Иванов Пётр Сергеевич" → "Иванов П. С.": enough for a colleague in another office to
 * recognise the client in a notification, without the full name travelling agency-wide.
 */
export function clientLabel(fullName: string): string {
  const [first, ...rest] = fullName.trim().split(/\s+/u).filter(Boolean);
  if (!first) return '';
  const initials = rest.map((t) => `${Array.from(t)[0]?.toLocaleUpperCase() ?? ''}.`);
  return [first, ...initials].join(' ');
}
