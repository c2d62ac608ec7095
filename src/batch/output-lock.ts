// One run at a time per output folder: <out>/.lock, made with O_EXCL, holds the pid and command of the
// run that writes there. A second build or watcher on the same folder refuses at once and names the
// holder; a lock left by a process that no longer runs (killed, crashed) is taken over.
import { closeSync, constants as fsConstants, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** Who holds an output folder. */
export interface LockHolder {
  pid: number;
  command: string;
  host: string;
  started: string;
}

/** A held lock. */
export interface OutputLock {
  file: string;
  /** Removes the lock if it is still this process's (safe to call more than once, and from an exit handler). */
  release(): void;
}

/** The output folder is in use by another run. */
export class OutputFolderInUse extends Error {
  constructor(
    readonly outRoot: string,
    readonly holder: LockHolder,
  ) {
    super(
      `${outRoot} is in use by another appeal-kit run (pid ${holder.pid}: ${holder.command}, since ${holder.started}); wait for it to finish or stop it, or give this run another --out folder`,
    );
  }
}

const lockFile = (outRoot: string) => path.join(outRoot, '.lock');

/** Whether a process runs (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the output folder's lock, or throws OutputFolderInUse naming the holder. A lock whose process no
 * longer runs on this host, or that cannot be read (a write cut short), is stale and taken over.
 */
export function lockOutputFolder(outRoot: string, command: string): OutputLock {
  mkdirSync(outRoot, { recursive: true });
  const file = lockFile(outRoot);
  const mine: LockHolder = { pid: process.pid, command, host: hostname(), started: new Date().toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o644);
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid !== process.pid && (holder.host !== mine.host || alive(holder.pid)))
      throw new OutputFolderInUse(outRoot, holder);
    // Stale: its process is gone (or the lock is unreadable, or it is this process's own leftover).
    rmSync(file, { force: true });
  }
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}
