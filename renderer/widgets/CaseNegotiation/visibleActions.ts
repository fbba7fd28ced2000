import type { AllowedSteps, CaseView } from '../../../shared/office/resolution/types';
import { isFinal } from '../../../shared/workflow';
import type { LeadsOwed } from './leadsOwed';

export type ActionName = keyof AllowedSteps;

/**
 * The actions worth showing to this user, allowed or not (a refused one shows why): the
 * negotiation to the two managers while the case is open, the decision to leads and admins, and
 * after the end only the debtor's lead handovers. Steps a person could never take are left out
 * rather than shown greyed with "only a lead can…".
 */
export function visibleActions(
  view: Pick<CaseView, 'mySide' | 'state' | 'allowed'>,
  role: 'manager' | 'lead' | 'admin',
  owed: LeadsOwed | null,
): ActionName[] {
  const actions: ActionName[] = [];
  if (isFinal(view.state.phase)) {
    if (view.allowed.leadHandover.ok || (owed && view.mySide === owed.debtor)) actions.push('leadHandover');
    return actions;
  }
  if (view.mySide) actions.push('propose', 'counter', 'accept', 'escalate');
  if (role !== 'manager') actions.push('decide');
  return actions;
}
