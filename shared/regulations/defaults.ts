import type { Rule } from './rule';

/**
 * A starting point for a new agency, from how agencies told us they work. Order is precedence:
 * - the owner is normally the first contact already (they entered the client first); the rule
 *   matters when the evidence shows the newcomer talked to the client first;
 * - an abandoned claim lapses, even if the owner was first;
 * - otherwise, between offices (where it is "a war") the managers negotiate first;
 * - inside one office the lead settles it.
 */
export const DEFAULT_REGULATIONS: readonly Rule[] = [
  {
    id: 'first-contact',
    name: 'The first contact keeps the client',
    conditions: { firstContact: 'newcomer' },
    outcome: { type: 'moveToNewcomer' },
  },
  {
    id: 'claim-lapses',
    name: 'A claim lapses after 60 days without activity',
    conditions: { ownerInactiveDays: { min: 60 } },
    outcome: { type: 'moveToNewcomer' },
  },
  {
    id: 'across-offices-negotiate',
    name: 'Across offices the managers negotiate first',
    conditions: { sameOffice: false },
    outcome: { type: 'negotiate', deadlineHours: 48 },
  },
  {
    id: 'same-office-lead',
    name: 'Inside an office the lead decides',
    conditions: { sameOffice: true },
    outcome: { type: 'leadDecides' },
  },
];
