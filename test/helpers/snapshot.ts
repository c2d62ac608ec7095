// The compiled CLI's startup snapshot (src/snapshot/) for tests that must run through it: built here, at once,
// instead of in the background by the first run, and the processes started from it found by their command line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface SnapshotStart {
  snapshotDir(root: string): string;
  snapshotKey(root: string): string;
  readySnapshot(dir: string, key: string): string | undefined;
}

/** Builds the snapshot of the package in `root` unless one is ready; returns its blob (undefined: it cannot be built). */
export async function ensureSnapshot(root: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const start = (await import(pathToFileURL(path.join(root, 'dist', 'snapshot-start.js')).href)) as SnapshotStart;
  const dir = env.APPEAL_SNAPSHOT_DIR || start.snapshotDir(root);
  const key = start.snapshotKey(root);
  if (!start.readySnapshot(dir, key))
    spawnSync(process.execPath, [path.join(root, 'dist', 'snapshot-build.js'), root, dir, key], { stdio: 'ignore' });
  return start.readySnapshot(dir, key);
}

/** The pids of running processes started from a snapshot whose arguments include `text` (Linux: /proc; else []). */
export function snapshotProcesses(text: string): number[] {
  if (!existsSync('/proc/self/cmdline')) return [];
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      const state = /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${name}/stat`, 'utf8'))?.[1];
      if (state !== 'Z' && args.includes('--snapshot-blob') && args.some((a) => a.includes(text))) found.push(Number(name));
    } catch {
      // Ended while being read.
    }
  }
  return found;
}
