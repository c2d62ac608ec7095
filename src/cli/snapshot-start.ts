// Starting the CLI from a startup snapshot (see entry.ts) when one is ready for this Node and this build: once a
// build knows it has cases to render in its own process, the CLI (src/cli/bin.ts) hands the command to a child
// process started from the snapshot, which skips loading and evaluating the modules and starts with fonts,
// templates and first layouts warm. A build with nothing to render (a no-op rebuild) never pays for starting it.
// Without a ready snapshot the command goes on in the first process, and a detached process builds one for the
// next runs. It lives under the nearest node_modules/.cache/appeal-kit/, named by the Node version, the platform
// and the identity (name, size, time) of every file of dist/ (APPEAL_SNAPSHOT_DIR: another folder); its manifest
// lists the files it loaded from elsewhere, checked the same way.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The flags the snapshot is built and started with (V8 starts a snapshot only with the flags it was built with). */
export const SNAPSHOT_FLAGS = ['--regexp-interpret-all'];

/** A file the snapshot read, as it was then. */
export interface FileIdentity {
  file: string;
  size: number;
  mtimeMs: number;
}

/** The folder of this Node's snapshots under the nearest node_modules/.cache above `packageRoot`. */
export function snapshotDir(packageRoot: string): string {
  const parts = path.resolve(packageRoot).split(path.sep);
  const modules = parts.lastIndexOf('node_modules');
  const base = modules >= 0 ? parts.slice(0, modules + 1).join(path.sep) : path.join(path.resolve(packageRoot), 'node_modules');
  return path.join(base, '.cache', 'appeal-kit', `snapshot-${process.version}-${process.platform}-${process.arch}`);
}

export function identity(file: string): FileIdentity | undefined {
  try {
    const stat = statSync(file);
    return { file, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

/** The name of the snapshot of the build in `packageRoot`: changes with Node, its path, and any file of dist/. */
export function snapshotKey(packageRoot: string): string {
  const root = path.resolve(packageRoot);
  const hash = createHash('sha256').update(`${process.execPath}\0${process.version}\0${root}\0`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.map')) {
        const id = identity(full);
        hash.update(`${path.relative(root, full)}\0${id?.size}\0${id?.mtimeMs}\n`);
      }
    }
  };
  walk(path.join(root, 'dist'));
  return hash.digest('hex').slice(0, 32);
}

/** The snapshot's files for a key. */
export const snapshotFiles = (dir: string, key: string) => ({
  blob: path.join(dir, `${key}.blob`),
  manifest: path.join(dir, `${key}.json`),
  lock: path.join(dir, `${key}.lock`),
  failed: path.join(dir, `${key}.failed`),
});

/** The blob when it is complete and every file it read is as it was; else undefined. */
export function readySnapshot(dir: string, key: string): string | undefined {
  const { blob, manifest } = snapshotFiles(dir, key);
  try {
    const { blobSize, files } = JSON.parse(readFileSync(manifest, 'utf8')) as { blobSize: number; files: FileIdentity[] };
    if (identity(blob)?.size !== blobSize) return undefined;
    for (const was of files) {
      const now = identity(was.file);
      if (now?.size !== was.size || now.mtimeMs !== was.mtimeMs) return undefined;
    }
    return blob;
  } catch {
    return undefined;
  }
}

/** The environment variable that gives the snapshot's process the pid of the parent it must not outlive. */
export const PARENT_PID_VARIABLE = 'APPEAL_SNAPSHOT_PARENT';

/** Signals a terminal, CI runner or supervisor sends to stop a run: passed on to the snapshot's process. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Hands the rest of a command to a process started from the startup snapshot (see snapshotRunner). */
export interface SnapshotRunner {
  /** The blob of a snapshot ready for this build, or undefined (one is then built in the background). */
  ready(): string | undefined;
  /** Runs the command from `blob`; resolves to its exit code, undefined when no process could be started. */
  run(blob: string): Promise<number | undefined>;
}

/**
 * The runner for the command `args` of this process, or undefined when it must run here: Node options given (the
 * snapshot was not built with them), APPEAL_NO_SNAPSHOT set, or Windows, where a signal cannot be passed on to the
 * snapshot's process (it would end without its exit handlers).
 */
export function snapshotRunner(packageRoot: string, args: readonly string[], env: NodeJS.ProcessEnv): SnapshotRunner | undefined {
  if (process.platform === 'win32' || env.APPEAL_NO_SNAPSHOT || env.NODE_OPTIONS || process.execArgv.length) return undefined;
  return {
    ready() {
      try {
        const dir = env.APPEAL_SNAPSHOT_DIR || snapshotDir(packageRoot);
        const key = snapshotKey(packageRoot);
        const blob = readySnapshot(dir, key);
        if (!blob) startBuilder(packageRoot, dir, key);
        return blob;
      } catch {
        return undefined;
      }
    },
    run: (blob) => runFromSnapshot(blob, args, env),
  };
}

/**
 * Runs `args` in a process started from `blob` and resolves to its exit code (undefined: it could not be started).
 * A child ended by a signal is ended again here by the same signal. The child is spawned asynchronously so that
 * this process can pass on the signals it receives; a SIGKILL cannot be passed on, so the child also watches that
 * this process still runs (see watchParent).
 */
async function runFromSnapshot(blob: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const child = spawn(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, ...args], {
    stdio: 'inherit',
    env: { ...env, [PARENT_PID_VARIABLE]: String(process.pid) },
  });
  const forward = (signal: NodeJS.Signals) => {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined>((resolve) => {
    child.once('error', () => resolve(undefined));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  // Not started at all (spawn failed): the command runs here.
  if (!ended) return undefined;
  if (ended.signal) process.kill(process.pid, ended.signal);
  return ended.code ?? 1;
}

/**
 * In the snapshot's process: ends it when the parent that started it is gone (killed by SIGKILL, which it could
 * not pass on), so a killed `appeal build` leaves no run behind holding the output folder. On Linux and macOS
 * an orphan is adopted by another process, so its parent pid changes; on Windows it does not, so the parent's
 * pid is also checked for a running process. The exit runs the exit handlers (temporaries removed, lock released).
 */
export function watchParent(env: NodeJS.ProcessEnv, intervalMs = 100): void {
  const parent = Number(env[PARENT_PID_VARIABLE]);
  if (!Number.isInteger(parent) || parent <= 0) return;
  const gone = () => {
    if (process.ppid !== parent) return true;
    try {
      process.kill(parent, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'EPERM';
    }
  };
  if (gone()) process.exit(129);
  setInterval(() => {
    if (gone()) process.exit(129);
  }, intervalMs).unref();
}

/** Starts dist/snapshot-build.js, detached, unless a build of this key is under way or has failed. */
function startBuilder(packageRoot: string, dir: string, key: string): void {
  const builder = path.join(packageRoot, 'dist', 'snapshot-build.js');
  const { lock, failed } = snapshotFiles(dir, key);
  if (!existsSync(builder) || existsSync(failed) || underWay(lock)) return;
  const child = spawn(process.execPath, [builder, packageRoot, dir, key], { detached: true, stdio: 'ignore', env: { ...process.env } });
  child.on('error', () => {});
  child.unref();
}

/** A build that started less than this long ago is taken as running (a crashed one leaves its lock behind). */
export const BUILD_LOCK_MS = 10 * 60_000;

export function underWay(lock: string): boolean {
  const id = identity(lock);
  return id !== undefined && Date.now() - id.mtimeMs < BUILD_LOCK_MS;
}
