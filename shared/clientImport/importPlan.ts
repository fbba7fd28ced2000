// Turning a client base read from a file into the clients an import writes: rows that are one
// person inside the file (a shared phone or email) become one client that keeps every value;
// values that cannot be read are kept in the notes, never dropped. Pure: the ids are derived from
// the file's hash and row numbers, so importing the same file again writes the same documents.
import type { ClientRow } from '../clientBase';
import type { ClientDoc, StoredPhone } from '../db';
import { duplicateGroups, findDuplicates } from '../dedupe';
import { identityKeysOf, type IdentitySettings } from '../identity';

export interface ImportSource {
  /** The file's name as the person chose it (no folders). */
  fileName: string;
  /** Hex digest of the file's bytes. */
  fileHash: string;
}

export interface ImportOwner {
  officeId: string;
  ownerId: string;
  ownerName: string;
}

/** Words the plan writes into a client's notes, in the language of whoever runs the import. */
export interface ImportNoteLabels {
  unreadPhone: string;
  unreadEmail: string;
  longName: string;
  longCompany: string;
}

export interface ImportProblem {
  row: number;
  field: 'phone' | 'email';
  value: string;
  message: string;
}

/** One person of the file: one row, or several rows sharing a phone or an email. */
export interface ImportGroup {
  /** Data rows, numbered from 1, ascending. */
  rows: number[];
  /** The client to write; null when the rows hold neither a name nor a phone or email. */
  doc: ClientDoc | null;
  /** Phone and email identity keys: what the agency is asked about. */
  keys: string[];
  problems: ImportProblem[];
}

/** Field limits of a stored client (its schema's). */
const LIMITS = { fullName: 200, company: 200, notes: 10_000, entries: 20, importedFrom: 200 } as const;

export function importClientId(source: ImportSource, firstRow: number): string {
  return `imp-${source.fileHash.slice(0, 32)}-${firstRow}`;
}

export function planImport(
  rows: readonly ClientRow[],
  context: {
    source: ImportSource;
    owner: ImportOwner;
    settings: IdentitySettings;
    labels: ImportNoteLabels;
    now: number;
  },
): ImportGroup[] {
  const report = findDuplicates(rows, context.settings);
  const linked = duplicateGroups(report.conflicts.filter((c) => c.kind !== 'domain'));
  const grouped = new Set(linked.flatMap((g) => g.rows));
  const groups = [
    ...linked.map((g) => g.rows),
    ...rows.map((_, i) => [i + 1]).filter(([row]) => !grouped.has(row!)),
  ].sort((a, b) => a[0]! - b[0]!);
  return groups.map((groupRows) => groupOf(groupRows, rows, context));
}

function groupOf(
  groupRows: number[],
  rows: readonly ClientRow[],
  context: Parameters<typeof planImport>[1],
): ImportGroup {
  const { settings, labels } = context;
  const members = groupRows.map((row) => ({ row, data: rows[row - 1]! }));
  const phones = new Map<string, StoredPhone>();
  const emails = new Set<string>();
  const keys = new Set<string>();
  const problems: ImportProblem[] = [];
  const noteLines: string[] = [];
  const keep = (line: string) => {
    if (!noteLines.includes(line)) noteLines.push(line);
  };
  for (const { row, data } of members) {
    const identity = identityKeysOf({ phones: data.phones, emails: data.emails }, settings);
    for (const phone of identity.phones) {
      const stored = { e164: phone.e164, extension: phone.extension ?? '' };
      phones.set(`${stored.e164};${stored.extension}`, stored);
    }
    for (const email of identity.emails) emails.add(email.address);
    for (const key of identity.keys) if (key.kind !== 'domain') keys.add(key.key);
    for (const problem of identity.problems) {
      problems.push({ row, field: problem.field, value: problem.value, message: problem.message });
      keep(`${problem.field === 'phone' ? labels.unreadPhone : labels.unreadEmail}: ${problem.value}`);
    }
    for (const note of data.notes) keep(`${note.column}: ${note.value}`);
  }
  const names = members.map((m) => m.data.name.trim().replace(/\s+/gu, ' ')).filter(Boolean);
  const companies = members.map((m) => m.data.company.trim()).filter(Boolean);
  // Past a client's limit of entries, the rest are kept in the notes rather than lost.
  const storedPhones = [...phones.values()];
  const storedEmails = [...emails];
  for (const extra of storedPhones.slice(LIMITS.entries))
    keep(`${labels.unreadPhone}: ${extra.e164}${extra.extension ? ` ${extra.extension}` : ''}`);
  for (const extra of storedEmails.slice(LIMITS.entries)) keep(`${labels.unreadEmail}: ${extra}`);
  const contact = storedPhones[0]?.e164 ?? storedEmails[0];
  const fullName = names[0] ?? contact;
  if (!fullName) return { rows: groupRows, doc: null, keys: [], problems };
  // Other names of the same person (a merged row's spelling) stay findable in the notes.
  for (const other of names.slice(1)) if (other !== fullName) keep(other);
  for (const other of companies.slice(1)) if (other !== companies[0]) keep(other);
  if (fullName.length > LIMITS.fullName) keep(`${labels.longName}: ${fullName}`);
  const company = companies[0] ?? '';
  if (company.length > LIMITS.company) keep(`${labels.longCompany}: ${company}`);
  const { source, owner, now } = context;
  const name = fullName.slice(0, LIMITS.fullName);
  const doc: ClientDoc = {
    id: importClientId(source, groupRows[0]!),
    officeId: owner.officeId,
    ownerId: owner.ownerId,
    ownerName: owner.ownerName,
    fullName: name,
    sortName: name.toLocaleLowerCase(),
    phones: storedPhones.slice(0, LIMITS.entries),
    emails: storedEmails.slice(0, LIMITS.entries),
    company: company.slice(0, LIMITS.company),
    notes: noteLines.join('\n').slice(0, LIMITS.notes),
    identityKeys: identityKeysOf(
      {
        phones: storedPhones.slice(0, LIMITS.entries).map((p) => p.e164),
        emails: storedEmails.slice(0, LIMITS.entries),
      },
      settings,
    ).keys.map((k) => k.key),
    householdId: '',
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
    mergeHistory: [],
    importedFrom: importedFrom(source.fileName, groupRows),
  };
  return { rows: groupRows, doc, keys: [...keys], problems };
}

/** "clients.xlsx#3,17": where the client came from, within the stored field's 200 characters. */
function importedFrom(fileName: string, rows: readonly number[]): string {
  const where = `#${rows.join(',')}`;
  const fitted = where.length > 60 ? `#${rows.slice(0, 8).join(',')},…(${rows.length})` : where;
  return `${fileName.slice(0, LIMITS.importedFrom - fitted.length)}${fitted}`;
}
