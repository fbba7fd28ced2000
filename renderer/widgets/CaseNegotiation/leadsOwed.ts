import type { CaseView } from '../../../shared/office/resolution/types';
import { termsInForce, type Side } from '../../../shared/workflow';

export interface LeadsOwed {
  debtor: Side;
  creditor: Side;
  owed: number;
  handedOver: number;
  left: number;
}

/**
 * What the final terms of a case owe in leads, and how many the debtor has handed over since
 * (the workflow counts the handovers it accepted):
 * "Petya owes Masha 3 leads; 1 handed over, 2 left". Null when the terms owe none.
 */
export function leadsOwed(view: Pick<CaseView, 'state'>): LeadsOwed | null {
  const final = termsInForce(view.state);
  const comp = final?.terms.leadsCompensation;
  if (!final || !comp || comp.count <= 0) return null;
  const debtor = comp.from;
  const handedOver = view.state.leadsHandedOver;
  return {
    debtor,
    creditor: debtor === 'owner' ? 'newcomer' : 'owner',
    owed: comp.count,
    handedOver,
    left: Math.max(0, comp.count - handedOver),
  };
}
