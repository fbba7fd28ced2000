// One endpoint per embedded data folder. PGlite has no locking of its own: a second process on the
// same folder starts, each shows its own view of the data, and what one of them wrote is gone after
// a restart. A lock file created exclusively ('wx') names the holder, so a second start refuses
// and says which process holds the folder; a lock left by a process that died is taken over.
import { hostname } from 'node:os';
import { join } from 'node:path';
import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { StartRefused } from '../startRefused';

export const LOCK_FILE = 'claimdesk.lock';

interface Holder {
  pid: number;
  host: string;
  /** ISO time the holder started. */
  startedAt: string;
}

export interface DataDirLock {
  /** Removes the lock file if it is still this process's. */
  release(): Promise<void>;
}

export class DataDirInUse extends StartRefused {
  constructor(dataDir: string, holder: Holder | null) {
    const who = !holder
      ? 'a process that is still starting'
      : holder.host === hostname()
        ? `pid ${holder.pid}, started ${clockTime(holder.startedAt)}`
        : `pid ${holder.pid} on the computer "${holder.host}", started ${clockTime(holder.startedAt)}`;
    super(
      `The data folder ${dataDir} is in use by another Claimdesk endpoint (${who}). ` +
        'Stop it first, or use another --data folder.' +
        (holder && holder.host !== hostname()
          ? ` If that endpoint is surely stopped, delete ${join(dataDir, LOCK_FILE)}.`
          : ''),
    );
    this.name = 'DataDirInUse';
  }
}

function clockTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'at an unknown time';
  const sameDay = at.toDateString() === new Date().toDateString();
  const time = at.toTimeString().slice(0, 5);
  return sameDay ? time : `${at.toISOString().slice(0, 10)} ${time}`;
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string'
      ? { pid: value.pid, host: value.host, startedAt: value.startedAt }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException).code === code;
}

/**
 * The lock is written to a file of its own and then hard-linked into place: the link either
 * creates the lock with its whole content or fails because one exists, so nobody ever reads a
 * half-written lock.
 */
async function tryCreate(path: string, content: string): Promise<boolean> {
  const draft = `${path}.${process.pid}.${Date.now()}.new`;
  const file = await open(draft, 'wx');
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

async function readLock(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/**
 * Moves a dead holder's lock aside. Two processes may find the same stale lock; the one that moved
 * a lock that is not the stale one it read (the other already took over) puts it back.
 */
async function removeStale(path: string, stale: string): Promise<void> {
  const aside = `${path}.${process.pid}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return;
    throw error;
  }
  if ((await readLock(aside)) !== stale) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function lockDataDir(
  dataDir: string,
  onTakeover: (previous: Holder | null) => void,
): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const content = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(path, content)) {
      return {
        async release() {
          if ((await readLock(path)) === content) await unlink(path).catch(() => undefined);
        },
      };
    }
    const found = await readLock(path);
    if (found === null) continue;
    const holder = parseHolder(found);
    // A lock from another computer (a shared folder) cannot be checked from here: it holds.
    if (holder && (holder.host !== mine.host || isAlive(holder.pid))) throw new DataDirInUse(dataDir, holder);
    onTakeover(holder);
    await removeStale(path, found);
  }
  throw new DataDirInUse(dataDir, parseHolder((await readLock(path)) ?? ''));
}
