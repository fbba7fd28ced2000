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

export interface ActionLayout {
  /** The buttons, each refused one with its reason only where that reason is first given. */
  buttons: Array<{ action: ActionName; reason: string | null }>;
  /** When nothing may be done now: no greyed buttons, just why, in one line. */
  waiting: string[];
}

/**
 * Four greyed buttons under one "the lead decides now" read as four problems: when no step is
 * allowed, only the first action's reason is shown (the negotiation's, which says why the others
 * are shut too: "escalated; the leads decide now" beside "already escalated" said it twice);
 * otherwise a reason shared by refused buttons is given under the first of them.
 */
export function actionLayout(actions: readonly ActionName[], allowed: CaseView['allowed']): ActionLayout {
  const reasons = actions.flatMap((action) => {
    const permission = allowed[action];
    return permission.ok ? [] : [permission.reason];
  });
  if (reasons.length === actions.length) return { buttons: [], waiting: reasons.slice(0, 1) };
  const given = new Set<string>();
  return {
    buttons: actions.map((action) => {
      const permission = allowed[action];
      if (permission.ok || given.has(permission.reason)) return { action, reason: null };
      given.add(permission.reason);
      return { action, reason: permission.reason };
    }),
    waiting: [],
  };
}
