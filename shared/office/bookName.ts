// Where a client sorts in the book. A record merged into another is kept (for the undo) but is not
// in the book: its sort name moves past every real name, so the book's index ranges, counts and
// pages below HIDDEN_FROM_BOOK never meet it.

/** A noncharacter no typed name begins with: every sort name from here on is out of the book. */
export const HIDDEN_FROM_BOOK = '\uffff';

export function sortNameOf(client: { fullName: string; mergedInto?: unknown }): string {
  const name = client.fullName.toLocaleLowerCase();
  return client.mergedInto ? HIDDEN_FROM_BOOK + name : name;
}

export const inBook = (client: { sortName: string }): boolean => client.sortName < HIDDEN_FROM_BOOK;
