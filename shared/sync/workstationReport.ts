// What a workstation says of itself with each pull, for the admin's health page: its app version,
// desktop app or browser, its operating system, and how many of its changes wait unsent. Only the workstation knows
// the last; the endpoint keeps the latest report of each session and never trusts it for anything
// but showing it.

export interface WorkstationReport {
  /** The app's version, e.g. "0.1.0". */
  app: string;
  kind: WorkstationKind;
  /** The operating system, e.g. "Windows". */
  system: string;
  /** Local changes the endpoint has not accepted yet. */
  pending: number;
}

export const WORKSTATION_KINDS = ['desktop', 'web'] as const;
export type WorkstationKind = (typeof WORKSTATION_KINDS)[number];

export const WORKSTATION_HEADERS = {
  app: 'x-claimdesk-app',
  kind: 'x-claimdesk-kind',
  system: 'x-claimdesk-system',
  pending: 'x-claimdesk-pending',
} as const;

const MAX_APP = 32;
const MAX_SYSTEM = 40;
/** More unsent changes than any workstation holds: a larger number is not a report, it is noise. */
const MAX_PENDING = 10_000_000;

/** Headers carry ASCII only: the system is percent-encoded, so any name survives. */
export function workstationHeaders(report: WorkstationReport): Record<string, string> {
  return {
    [WORKSTATION_HEADERS.app]: report.app.slice(0, MAX_APP),
    [WORKSTATION_HEADERS.kind]: report.kind,
    [WORKSTATION_HEADERS.system]: encodeURIComponent(report.system.slice(0, MAX_SYSTEM)),
    [WORKSTATION_HEADERS.pending]: String(report.pending),
  };
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * The report in a request's headers, each part kept only when it is well formed: a workstation
 * that sends none (an older app, a script) or sends junk is simply not described.
 */
export function readWorkstationReport(headers: Headers): Partial<WorkstationReport> {
  const one = (name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const report: Partial<WorkstationReport> = {};
  const app = printable(one(WORKSTATION_HEADERS.app), MAX_APP);
  if (app) report.app = app;
  const kind = WORKSTATION_KINDS.find((k) => k === one(WORKSTATION_HEADERS.kind));
  if (kind) report.kind = kind;
  const system = printable(decoded(one(WORKSTATION_HEADERS.system)), MAX_SYSTEM);
  if (system) report.system = system;
  const pending = one(WORKSTATION_HEADERS.pending);
  if (pending !== undefined && /^\d{1,8}$/u.test(pending) && Number(pending) <= MAX_PENDING)
    report.pending = Number(pending);
  return report;
}

function decoded(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Letters, digits, punctuation and single spaces; nothing that could break a table or a log line. */
function printable(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = value
    .replace(/[\p{C}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return cleaned.length > 0 && cleaned.length <= max ? cleaned : undefined;
}
