/** Rows read from the book at a time: a few screens, one index read each. */
export const PAGE_SIZE = 100;
/** Pages kept on either side of the rows in view, so scrolling back shows rows at once. */
const KEPT_AROUND = 10;

/** Which pages to read for the rows in view (one more on each side) and which loaded pages to keep. */
export function pagesAround(
  firstPage: number,
  lastPage: number,
  total: number,
): { load: number[]; keep: (page: number) => boolean } {
  const lastInBook = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  const from = Math.max(0, firstPage - 1);
  const to = Math.min(lastInBook, lastPage + 1);
  const load: number[] = [];
  for (let page = from; page <= to; page++) load.push(page);
  return { load, keep: (page) => page >= firstPage - KEPT_AROUND && page <= lastPage + KEPT_AROUND };
}
