/**
 * A case is named by its pair of clients, in either order: the endpoint, the office that
 * saved the duplicate and the office that pulled it all open the same document.
 */
export function caseIdFor(clientA: string, clientB: string): string {
  const [first, second] = clientA < clientB ? [clientA, clientB] : [clientB, clientA];
  return `case:${first}:${second}`;
}
