/**
 * A case is named by its pair of clients, in either order: the endpoint, the office that
 * saved the duplicate and the office that pulled it all open the same document.
 */
export function caseIdFor(clientA: string, clientB: string): string {
  const [first, second] = clientA < clientB ? [clientA, clientB] : [clientB, clientA];
  return `case:${first}:${second}`;
}

/**
 * A company notice is named by the company's domain and the new contact: one notice per new
 * contact at a company, however many of the company's people other managers hold. The domain is
 * the one every claim of it displays, so the endpoint and an office name it alike.
 */
export function companyNoticeIdFor(domain: string, newcomerClientId: string): string {
  return `company:${domain}:${newcomerClientId}`;
}
