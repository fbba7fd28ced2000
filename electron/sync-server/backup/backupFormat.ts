// A backup is JSON lines: a header, the rows of every table in batches (referenced tables first, so
// a restore can insert them in file order), the sequences, and an end line that proves the file
// is whole. Logical rows rather than a copy of the database files: the same file restores into
// PGlite or PostgreSQL, and a restore into a newer Claimdesk runs the newer migrations after it.

export const BACKUP_FORMAT = 'claimdesk-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The last schema migration the backed-up database had. */
  schemaVersion: number;
  database: 'pglite' | 'postgres';
  createdAt: string;
}

export interface BackupRows {
  table: string;
  rows: Record<string, unknown>[];
}

export interface BackupSequence {
  sequence: string;
  /** null when the sequence was never used. */
  lastValue: string | null;
}

export interface BackupEnd {
  end: true;
  /** Rows per table, to check a restore read them all. */
  tables: Record<string, number>;
}

export type BackupLine = BackupRows | BackupSequence | BackupEnd;

export function isBackupHeader(value: unknown): value is BackupHeader {
  const v = value as Partial<BackupHeader> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === BACKUP_FORMAT &&
    typeof v.formatVersion === 'number' &&
    typeof v.schemaVersion === 'number'
  );
}
