import type { CaseDoc } from '../../db';

type GroupedCase = Pick<CaseDoc, 'id' | 'owner' | 'newcomer' | 'kind' | 'status'>;

/**
 * Person cases about the same client, for the inbox to list together: cases sharing a client are
 * siblings, and siblings of siblings belong to the same group (one newcomer against two of the
 * owner's records, and a third office's record of that newcomer, are one story). Returns each
 * grouped case's siblings, sorted; a case with none is absent. Company notices never group.
 */
export function siblingGroups(cases: readonly GroupedCase[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const person = cases.filter((c) => c.kind !== 'company' && c.status !== 'superseded');
  for (const c of person) {
    for (const key of [c.id, `client:${c.owner.clientId}`, `client:${c.newcomer.clientId}`])
      if (!parent.has(key)) parent.set(key, key);
    union(c.id, `client:${c.owner.clientId}`);
    union(c.id, `client:${c.newcomer.clientId}`);
  }
  const members = new Map<string, string[]>();
  for (const c of person) {
    const root = find(c.id);
    members.set(root, [...(members.get(root) ?? []), c.id]);
  }
  const siblings = new Map<string, string[]>();
  for (const ids of members.values()) {
    if (ids.length < 2) continue;
    const sorted = [...ids].sort();
    for (const id of sorted)
      siblings.set(
        id,
        sorted.filter((other) => other !== id),
      );
  }
  return siblings;
}
