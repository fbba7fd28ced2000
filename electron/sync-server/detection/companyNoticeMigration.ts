// Cases opened before company notices existed, when a shared corporate domain alone opened a case
// per pair of clients: a new contact at a company of 220 clients opened 50 cases, and a rule such
// as "a claim lapses after 60 days" handed 50 different people to whoever added the contact.
// Each such case still unsettled becomes part of one company notice per (domain, new contact).
import { caseDocFor } from '../../../shared/cases/caseDoc';
import { companyNoticeIdFor } from '../../../shared/cases/caseId';
import { detectCases } from '../../../shared/cases/detectCases';
import type { DetectedCase } from '../../../shared/cases/detectedCase';
import { COMPANY_MANAGERS_LISTED } from '../../../shared/cases/companyHolders';
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import { groupBy } from '../../../shared/payouts/groupBy';
import { isFinal } from '../../../shared/workflow';
import { textArray } from '../db/sqlArrays';
import type { SqlExecutor } from '../db/sqlStore';
import { lockCommitOrder, writeDocuments, type DocumentWrite } from '../documents/documentStore';
import { foldedCases } from '../resolution/foldedCases';
import { companyHolders, earliestHolders } from './claimHolders';
import { recommendationsFor } from './recommendCases';

/**
 * Turns every open person case that matched by domain only into one company notice per domain
 * and new contact, and marks those cases superseded by it: they apply no outcome from then on,
 * so a client a rule handed over on one of them is taken back by its office. Cases the managers
 * agreed or a lead decided stay as they are: that is history people made.
 */
export async function supersedeDomainCases(
  tx: SqlExecutor,
  now: number,
): Promise<{ notices: number; superseded: number }> {
  const stale = (await foldedCases(tx))
    .filter(
      ({ caseDoc, state }) =>
        caseDoc.kind === undefined &&
        caseDoc.status === 'open' &&
        caseDoc.matched.every((m) => m.kind === 'domain') &&
        !isFinal(state.phase),
    )
    .map((f) => f.caseDoc);
  if (!stale.length) return { notices: 0, superseded: 0 };
  const groups = groupBy(stale, (c) => companyNoticeIdFor(c.matched[0]!.display, c.newcomer.clientId));

  const newcomerClaims = await claimsOf(tx, [...new Set(stale.map((c) => c.newcomer.clientId))]);
  const hashes = [...new Set([...newcomerClaims.values()].flat().map((c) => c.keyHash))];
  const holders = await earliestHolders(tx, hashes);
  const companies = await companyHolders(
    tx,
    [...newcomerClaims.values()]
      .flat()
      .filter((c) => c.kind === 'domain')
      .map((c) => c.keyHash),
  );
  const existing = new Set(
    (
      await tx.query<{ id: string }>(
        `select id from documents where collection = 'cases' and id = any(${textArray('$1')})`,
        [JSON.stringify([...groups.keys()])],
      )
    ).map((r) => r.id),
  );

  const notices: Array<{ detected: DetectedCase; first: CaseDoc }> = [];
  for (const [noticeId, cases] of groups) {
    if (existing.has(noticeId)) continue;
    const first = [...cases].sort((a, b) => a.detectedAt - b.detectedAt)[0]!;
    const mine = newcomerClaims.get(first.newcomer.clientId) ?? [];
    const detected =
      detectCases(
        mine,
        mine.flatMap((c) => holders.get(c.keyHash) ?? []),
        companies,
      ).cases.find((c) => c.id === noticeId) ?? noticeFromCases(noticeId, cases);
    notices.push({ detected, first });
  }

  await lockCommitOrder(tx, 'cases');
  const recommendations = await recommendationsFor(
    tx,
    notices.map((n) => n.detected),
    now,
  );
  const writes: DocumentWrite[] = notices.map(({ detected, first }) => {
    const doc = caseDocFor(detected, {
      detectedWhere: 'endpoint',
      causedBy: first.causedBy,
      now,
      recommendation: recommendations.get(detected.id),
    });
    return { id: doc.id, officeId: doc.owner.officeId, scopeOfficeIds: doc.officeIds, data: doc, deleted: false };
  });
  for (const [noticeId, cases] of groups)
    for (const c of cases) {
      const superseded: CaseDoc = { ...c, status: 'superseded', supersededBy: noticeId, updatedAt: now };
      writes.push({
        id: c.id,
        officeId: c.owner.officeId,
        scopeOfficeIds: c.officeIds,
        data: superseded,
        deleted: false,
      });
    }
  await writeDocuments(tx, 'cases', writes, now);
  return { notices: notices.length, superseded: stale.length };
}

async function claimsOf(tx: SqlExecutor, clientIds: readonly string[]): Promise<Map<string, ClaimDoc[]>> {
  const rows = await tx.query<{ data: ClaimDoc }>(
    `select data from documents where collection = 'claims' and not deleted and (data->>'clientId') = any(${textArray('$1')})`,
    [JSON.stringify(clientIds)],
  );
  return groupBy(
    rows.map((r) => r.data),
    (c) => c.clientId,
  );
}

/**
 * The notice from the cases themselves, when the new contact no longer holds the domain (it was
 * edited or deleted since): each case's owner is one of the company's clients.
 */
function noticeFromCases(id: string, cases: readonly CaseDoc[]): DetectedCase {
  const byOwnerFirst = [...cases].sort((a, b) => a.owner.since - b.owner.since || a.id.localeCompare(b.id));
  const first = byOwnerFirst[0]!;
  const managers = [...groupBy(byOwnerFirst, (c) => c.owner.managerId).values()].map((held) => ({
    managerId: held[0]!.owner.managerId,
    managerName: held[0]!.owner.managerName,
    officeId: held[0]!.owner.officeId,
    officeName: held[0]!.owner.officeName,
    clients: new Set(held.map((c) => c.owner.clientId)).size,
  }));
  const domain = first.matched[0]!.display;
  return {
    id,
    kind: 'company',
    owner: first.owner,
    newcomer: first.newcomer,
    matched: [{ kind: 'domain', display: domain }],
    company: { domain, managers: managers.slice(0, COMPANY_MANAGERS_LISTED) },
  };
}
