/** i18next's plural count with the number as the language writes it ("10 000", "10,000"). */
export function counted(count: number, language: string): { count: number; n: string } {
  return { count, n: count.toLocaleString(language) };
}
