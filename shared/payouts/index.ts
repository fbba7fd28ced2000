// Deals, splits and payouts: pure domain logic shared by the app and the sync endpoint.
export {
  MINOR_DIGITS,
  MoneyError,
  formatDecimal,
  isCurrency,
  minorDigits,
  money,
  sumMoney,
  type CurrencyCode,
  type Money,
} from './money';
export { parseAmount, type ParseAmountResult } from './parseAmount';
export { DEAL_STATUSES, type Deal, type DealStatus } from './deal';
export { SplitError, compareIds, splitAmount, validateShares, type Share, type SharePart } from './splitAmount';
export { sharesByDeal, validateSplit, type DealShares, type Split } from './split';
export {
  payoutGroups,
  payoutReport,
  totalsOf,
  type OtherScopeShare,
  type PayoutGroup,
  type PayoutLine,
  type PayoutReport,
  type PayoutReportInput,
  type Period,
} from './payoutReport';
export { paymentHistory, type Correction, type PaymentHistory } from './payoutCorrections';
export { PAYOUT_CSV_HEADER, csvSafeText, payoutReportCsv } from './payoutCsv';
export {
  leadBalance,
  type LeadBalance,
  type LeadBalanceResult,
  type LeadDebtEvent,
  type LeadHandover,
} from './leadBalance';
export {
  RESOLUTION_KINDS,
  caseStats,
  median,
  type CaseCounts,
  type CaseRecord,
  type CaseStats,
  type ResolutionKind,
} from './caseStats';
